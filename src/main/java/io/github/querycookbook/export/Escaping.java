package io.github.querycookbook.export;

/** The two escapings of the export: an RFC 4180 CSV field and a JSON string (RFC 8259), appended to a line. */
final class Escaping {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Escaping() {
    }

    /**
     * Appends {@code value} as a CSV field: as is, unless it holds a comma, a double quote, CR or LF; then in double
     * quotes, each double quote doubled. Spaces at either end are data and stay (RFC 4180 section 2.4).
     */
    static void csvField(StringBuilder line, String value) {
        if (!needsQuotes(value)) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            line.append(c);
            if (c == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends {@code value} as a JSON string. Escaped: the quote, the backslash, every control character U+0000 to
     * U+001F (the short forms where JSON has one), U+2028 and U+2029, which end a line in JavaScript and would split a
     * line of JSON lines in some readers, and a surrogate without its pair, which no UTF-8 writer can encode.
     */
    static void jsonString(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                case '\b' -> line.append("\\b");
                case '\f' -> line.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || loneSurrogate(value, i)) {
                        unicodeEscape(line, c);
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }

    private static boolean loneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
    }

    private static void unicodeEscape(StringBuilder line, char c) {
        line.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
