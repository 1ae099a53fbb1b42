package io.github.querycookbook.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Latency against data size, one small panel per recipe, drawn as SVG by code: x is the number of likes and y the
 * median time per call, both on log scales; the colour is the engine and the dash the variant.
 */
public final class SvgChart {

    private static final int COLUMNS = 5;
    private static final int WIDTH = 250;
    private static final int HEIGHT = 180;
    private static final int LEFT = 52;
    private static final int TOP = 24;
    private static final int PLOT_W = WIDTH - LEFT - 12;
    private static final int PLOT_H = HEIGHT - TOP - 30;
    private static final int LEGEND = 50;
    private static final Map<String, String> COLOURS =
            Map.of("h2", "#1f77b4", "postgres", "#2ca02c", "mariadb", "#d62728");
    private static final Map<String, String> DASHES = Map.of("jooq", "none", "multiset", "none", "jdbc", "5,3",
            "join", "5,3", "hibernate", "1,3", "nPlusOneJooq", "9,3,2,3", "nPlusOneJdbc", "2,2");

    private SvgChart() {
    }

    public static String render(Results results) {
        List<String> panels = new ArrayList<>(results.recipes());
        if (results.all().stream().anyMatch(r -> r.recipe().equals(Result.NESTED_100))) {
            panels.add(Result.NESTED_100);
        }
        int rows = (panels.size() + COLUMNS - 1) / COLUMNS;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                        + "font-size=\"10\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                COLUMNS * WIDTH, rows * HEIGHT + LEGEND));
        legend(svg);
        for (int i = 0; i < panels.size(); i++) {
            panel(results, panels.get(i), (i % COLUMNS) * WIDTH, LEGEND + (i / COLUMNS) * HEIGHT, svg);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg) {
        svg.append("<text x=\"10\" y=\"16\" font-size=\"13\">Median time per call (µs, log) against likes (log); "
                + "colour: engine, dash: variant</text>\n");
        int x = 10;
        for (String engine : List.of("h2", "postgres", "mariadb")) {
            svg.append(line(x, 34, x + 24, 34, COLOURS.get(engine), "none")).append(text(x + 28, 38, engine, "start"));
            x += 100;
        }
        for (String variant : List.of("jooq", "jdbc", "hibernate", "nPlusOneJooq", "nPlusOneJdbc")) {
            svg.append(line(x, 34, x + 24, 34, "#444", DASHES.get(variant))).append(text(x + 28, 38,
                    variant + (variant.equals("jooq") ? " / multiset" : variant.equals("jdbc") ? " / join" : ""),
                    "start"));
            x += 130;
        }
    }

    private static void panel(Results results, String recipe, int x0, int y0, StringBuilder svg) {
        List<Result> points = results.all().stream().filter(r -> r.recipe().equals(recipe) && r.medianUs() > 0)
                .toList();
        List<Integer> sizes = results.sizes();
        double minX = Math.log10(sizes.get(0));
        double maxX = Math.max(minX + 1, Math.log10(sizes.get(sizes.size() - 1)));
        double minY = Math.floor(Math.log10(points.stream().mapToDouble(Result::medianUs).min().orElse(1)));
        double maxY = Math.max(minY + 1, Math.ceil(Math.log10(points.stream().mapToDouble(Result::medianUs).max()
                .orElse(10))));
        svg.append(String.format(Locale.ROOT, "<g transform=\"translate(%d,%d)\">%n", x0, y0));
        svg.append(text(LEFT + PLOT_W / 2, 14, recipe, "middle"));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#bbb\"/>%n", LEFT, TOP, PLOT_W, PLOT_H));
        for (double decade = minY; decade <= maxY; decade++) {
            double y = TOP + PLOT_H - (decade - minY) / (maxY - minY) * PLOT_H;
            svg.append(line(LEFT - 3, y, LEFT + PLOT_W, y, "#eee", "none"))
                    .append(text(LEFT - 5, y + 3, Numbers.micros(Math.pow(10, decade)), "end"));
        }
        for (int likes : sizes) {
            double x = LEFT + (Math.log10(likes) - minX) / (maxX - minX) * PLOT_W;
            svg.append(text(x, TOP + PLOT_H + 14, Numbers.likes(likes), "middle"));
        }
        for (String engine : results.engines()) {
            for (String variant : DASHES.keySet()) {
                StringBuilder path = new StringBuilder();
                for (Result r : points) {
                    if (r.engine().equals(engine) && r.variant().equals(variant)) {
                        double x = LEFT + (Math.log10(r.likes()) - minX) / (maxX - minX) * PLOT_W;
                        double y = TOP + PLOT_H - (Math.log10(r.medianUs()) - minY) / (maxY - minY) * PLOT_H;
                        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                    }
                }
                if (path.length() > 0) {
                    svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\""
                            + " stroke-dasharray=\"%s\"><title>%s %s</title></path>%n", path, COLOURS.getOrDefault(engine,
                            "#000"), DASHES.get(variant), escape(engine), escape(variant)));
                }
            }
        }
        svg.append("</g>\n");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-dasharray=\"%s\"/>%n", x1, y1, x2, y2, colour, dash);
    }

    private static String text(double x, double y, String content, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n",
                x, y, anchor, escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
