package io.github.querycookbook.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** A Java source file, read to show a method's code and the prose of its Javadoc in the catalogue. */
final class JavaSource {

    private final Path path;
    private final List<String> lines;

    private JavaSource(Path path, List<String> lines) {
        this.path = path;
        this.lines = lines;
    }

    static JavaSource of(Path sourceRoot, Class<?> type) {
        Path path = sourceRoot.resolve(type.getName().replace('.', '/') + ".java");
        try {
            return new JavaSource(path, Files.readAllLines(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source of " + type.getName() + " at " + path, e);
        }
    }

    Path path() {
        return path;
    }

    /** The public method's code, from its signature to its closing brace, indentation removed. */
    String method(String name) {
        int start = signatureLine(name);
        int depth = 0;
        StringBuilder code = new StringBuilder();
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            code.append(line.length() >= 4 ? line.substring(4) : line.strip()).append('\n');
            depth += count(line, '{') - count(line, '}');
            if (depth == 0 && line.contains("}")) {
                return code.toString().stripTrailing();
            }
        }
        throw new IllegalStateException("No end of method " + name + " in " + path);
    }

    /** The method's Javadoc as Markdown prose, without its {@code <pre>} SQL (the catalogue renders that). */
    String javadocProse(String name) {
        return Javadoc.toMarkdown(javadoc(name));
    }

    /** The SQL of the method's Javadoc {@code <pre>} block, or empty when it has none. */
    String javadocSql(String name) {
        return Javadoc.preformatted(javadoc(name));
    }

    private String javadoc(String name) {
        int end = signatureLine(name) - 1;
        int start = end;
        while (start > 0 && !lines.get(start).strip().startsWith("/**")) {
            start--;
        }
        return String.join("\n", lines.subList(start, end + 1).stream()
                .map(line -> line.strip().replaceFirst("^/\\*\\*|^\\*/|^\\* ?", "")).toList());
    }

    private int signatureLine(String name) {
        Pattern signature = Pattern.compile("^\\s*public\\s.*\\b" + Pattern.quote(name) + "\\(");
        for (int i = 0; i < lines.size(); i++) {
            if (signature.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        throw new IllegalStateException("No public method " + name + " in " + path);
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
