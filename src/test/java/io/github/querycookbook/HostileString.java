package io.github.querycookbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One string of the injection corpus {@code hostile-strings.txt}; its header explains the escapes.
 *
 * @param label what the string tries, for failure messages
 * @param value the string itself
 */
record HostileString(String label, String value) {

    private static final Pattern REPEAT = Pattern.compile("\\{repeat (\\d+)}(.*)");

    /** Every string of the corpus, in file order. */
    static List<HostileString> corpus() {
        try (InputStream in = Objects.requireNonNull(HostileString.class.getResourceAsStream("/hostile-strings.txt"),
                "hostile-strings.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(HostileString::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HostileString parse(String line) {
        int bar = line.indexOf(" | ");
        if (bar < 0) {
            throw new IllegalArgumentException("not \"label | value\": " + line);
        }
        String label = line.substring(0, bar).strip();
        String value = line.substring(bar + 3);
        Matcher repeat = REPEAT.matcher(value);
        return repeat.matches()
                ? new HostileString(label, unescape(repeat.group(2)).repeat(Integer.parseInt(repeat.group(1))))
                : new HostileString(label, unescape(value));
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + escaped + " in " + text);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return label;
    }
}
