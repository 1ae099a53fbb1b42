package io.github.querycookbook.export;

import io.github.querycookbook.Cookbook;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Recipe.Example;
import io.github.querycookbook.model.ExportFormat;
import java.io.StringWriter;
import java.util.List;

/**
 * The streaming export as a catalogue entry. Its examples return the text written, so that the tour compares the
 * jOOQ and twin outputs character by character.
 */
public final class ExportRecipes {

    private ExportRecipes() {
    }

    public static Recipe exportPostLikeCounts() {
        return new Recipe("exportPostLikeCounts", "Every post with its like count, streamed to a Writer as CSV or"
                + " JSON lines in a flat heap.", "export_post_like_counts.sql", ExportQueries.class, "postLikeCounts",
                List.of(example(ExportFormat.CSV), example(ExportFormat.JSON_LINES)));
    }

    private static Example example(ExportFormat format) {
        return new Example("out, " + format.name(), dsl -> new ExportQueries(dsl).postLikeCounts(),
                cookbook -> written(cookbook, format));
    }

    private static String written(Cookbook cookbook, ExportFormat format) {
        StringWriter out = new StringWriter();
        cookbook.exportPostLikeCounts(out, format);
        return out.toString();
    }
}
