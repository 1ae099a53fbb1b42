package io.github.querycookbook.catalog;

import static io.github.querycookbook.schema.Tables.POSTS;
import static io.github.querycookbook.schema.Tables.POST_LIKES;
import static io.github.querycookbook.schema.Tables.USERS;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.CookbookSchema;
import io.github.querycookbook.Recipe;
import io.github.querycookbook.Topic;
import io.github.querycookbook.tour.DemoData;
import java.util.List;
import java.util.Locale;
import org.jooq.CloseableDSLContext;
import org.jooq.DSLContext;
import org.jooq.tools.jdbc.SingleConnectionDataSource;
import org.jooq.impl.DSL;

/**
 * Renders the recipe catalogue as Markdown: a table of contents by topic, the demo data, then each topic's recipes
 * (see {@link RecipeEntry}). The example results run on a private in-memory H2 database holding the tour's demo data,
 * so the catalogue shows exactly what the tour shows.
 */
final class CatalogueWriter {

    static final String COMMAND = "./mvnw -q -Pcatalogue process-test-classes";

    String render(List<Topic> topics) {
        // A private in-memory H2 database: it lives as long as this one connection.
        try (CloseableDSLContext dsl = DSL.using("jdbc:h2:mem:")) {
            CookbookSchema.migrate(dsl.connectionResult(SingleConnectionDataSource::new));
            DemoData.loadIfEmpty(dsl);
            return render(topics, CookbookDsl.prepare(dsl));
        }
    }

    private static String render(List<Topic> topics, DSLContext demo) {
        StringBuilder md = new StringBuilder();
        md.append("# Recipe catalogue\n\n")
                .append("Generated from the code by `").append(COMMAND).append("`; do not edit by hand. ")
                .append("`CatalogueIsUpToDateTest` fails when this file differs from what the code renders.\n\n")
                .append("Each recipe shows its jOOQ code, the SQL jOOQ renders for H2, PostgreSQL and MariaDB, its ")
                .append("plain-SQL twin, and its result on [the demo data](#the-demo-data), as the tour does.\n\n")
                .append("## Contents\n");
        topics.forEach(topic -> contents(md, topic));
        md.append("\n## The demo data\n\n")
                .append("The tour loads it into an empty database; every result below comes from it. Times are UTC.\n");
        List.of(USERS, POSTS, POST_LIKES).forEach(table -> md.append("\n`").append(table.getName()).append("`:\n\n")
                .append("```text\n").append(demo.selectFrom(table).orderBy(table.getPrimaryKey().getFields())
                        .fetch().format().strip()).append("\n```\n"));
        for (Topic topic : topics) {
            md.append("\n## ").append(topic.title()).append("\n\n").append(topic.summary()).append("\n\n");
            topic.recipes().forEach(recipe -> new RecipeEntry(recipe, demo).appendTo(md));
        }
        return md.toString().stripTrailing() + "\n";
    }

    private static void contents(StringBuilder md, Topic topic) {
        md.append("\n**[").append(topic.title()).append("](#").append(anchor(topic.title())).append(")**: ")
                .append(topic.summary()).append("\n\n")
                .append("| recipe | purpose | plain-SQL twin |\n|---|---|---|\n");
        for (Recipe r : topic.recipes()) {
            md.append("| [`").append(r.name()).append("`](#").append(anchor(r.name())).append(") | ")
                    .append(r.purpose()).append(" | [`sql/").append(r.twinFile()).append("`](../sql/")
                    .append(r.twinFile()).append(") |\n");
        }
    }

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
