package io.github.querycookbook.tour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The source of one of the cookbook's classes, read from the classpath (the jar ships its sources beside the
 * classes), to show a recipe's code in the tour and the catalogue exactly as it is written.
 */
public final class JavaSource {

    private final Class<?> type;
    private final List<String> lines;

    private JavaSource(Class<?> type, List<String> lines) {
        this.type = type;
        this.lines = lines;
    }

    /** @throws IllegalStateException if the class's source is not on the classpath */
    public static JavaSource of(Class<?> type) {
        String resource = type.getSimpleName() + ".java";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No source " + resource + " beside " + type.getName());
            }
            return new JavaSource(type, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source of " + type.getName(), e);
        }
    }

    /** The class's simple name, for example {@code PostQueries}. */
    public String className() {
        return type.getSimpleName();
    }

    /** Where the file lies in the project, for example {@code src/main/java/io/github/querycookbook/Cookbook.java}. */
    public String projectPath() {
        return "src/main/java/" + type.getName().replace('.', '/') + ".java";
    }

    /** The public method's code, from its signature to its closing brace, with one level of indentation removed. */
    public String method(String name) {
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
        throw new IllegalStateException("No end of method " + name + " in " + projectPath());
    }

    /** The text of the method's Javadoc, without the comment markers; tags such as {@code {@code x}} kept as is. */
    public String javadoc(String name) {
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
        throw new IllegalStateException("No public method " + name + " in " + projectPath());
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
