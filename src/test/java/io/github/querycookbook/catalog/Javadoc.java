package io.github.querycookbook.catalog;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the small Javadoc vocabulary the recipes use into Markdown. */
final class Javadoc {

    private static final Pattern PRE = Pattern.compile("<pre>\\{@code(.*?)}</pre>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\{@link(?:plain)? ([^}\\s]+)(?: ([^}]+))?}");
    private static final Pattern CODE = Pattern.compile("\\{@code ([^}]*)}");

    private Javadoc() {
    }

    static String toMarkdown(String javadoc) {
        String text = PRE.matcher(javadoc).replaceAll("");
        text = replace(LINK, text, m -> m.group(2) != null ? m.group(2) : "`" + m.group(1).replace('#', '.') + "`");
        text = replace(CODE, text, m -> "`" + m.group(1) + "`");
        text = text.replace("<p>", "\n\n").replace("<em>", "*").replace("</em>", "*");
        StringBuilder markdown = new StringBuilder();
        for (String paragraph : text.split("\n\\s*\n")) {
            String joined = String.join(" ", paragraph.strip().split("\\s*\n\\s*")).strip();
            if (!joined.isEmpty()) {
                markdown.append(joined).append("\n\n");
            }
        }
        return markdown.toString().strip();
    }

    static String preformatted(String javadoc) {
        Matcher pre = PRE.matcher(javadoc);
        return pre.find() ? pre.group(1).strip() : "";
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
