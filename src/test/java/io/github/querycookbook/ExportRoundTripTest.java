package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.querycookbook.model.ExportFormat;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.Engine;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every string of the injection corpus ({@code hostile-strings.txt}), and one holding every control character, as the
 * content of a post, exported by both cookbooks and read back by independent parsers: Jackson's CSV parser for the
 * CSV, Jackson's strict JSON parser (which rejects a raw control character) for each JSON line. What comes back is
 * exactly what was stored, and a JSON line never holds a raw line break, control character, U+2028 or U+2029.
 */
@DatabaseSetup(Setup.MIGRATED)
class ExportRoundTripTest {

    /** U+0001 to U+001F (PostgreSQL stores no NUL), DEL, the JavaScript line ends, and CSV's and JSON's specials. */
    private static final String EVERY_CONTROL_CHARACTER = IntStream.rangeClosed(1, 0x1F)
            .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining())
            + "\u007F\u2028\u2029\",\\/'";

    private record Row(long id, long userId, String content, long likeCount) {
    }

    @EngineTest
    void everyHostileContentComesBackExactlyFromTheCsvAndTheJsonLines(TestDatabase db) throws Exception {
        // given a post per string the engine stores, every other one liked
        List<Row> stored = storePosts(db);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(HostileString.corpus().size() - 1);

        for (Cookbook cookbook : List.of(db.queryCookbook(), db.vanillaCookbook())) {
            // when
            String csv = exported(cookbook, ExportFormat.CSV);
            String jsonLines = exported(cookbook, ExportFormat.JSON_LINES);

            // then
            String as = cookbook.getClass().getSimpleName();
            assertThat(fromCsv(csv)).as(as + " CSV").containsExactlyElementsOf(stored);
            assertThat(fromJsonLines(jsonLines)).as(as + " JSON lines").containsExactlyElementsOf(stored);
            assertThat(jsonLines.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x2028 || c == 0x2029))
                    .as(as + " raw control characters in the JSON lines").isEmpty();
        }
    }

    private static List<Row> storePosts(TestDatabase db) throws SQLException {
        List<String> contents = new ArrayList<>();
        HostileString.corpus().forEach(hostile -> contents.add(hostile.value()));
        contents.add(EVERY_CONTROL_CHARACTER);
        List<Row> stored = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement user = connection.prepareStatement(
                        "insert into users (id, username) values (1, 'u')");
                PreparedStatement post = connection.prepareStatement(
                        "insert into posts (id, user_id, content) values (?, 1, ?)");
                PreparedStatement like = connection.prepareStatement(
                        "insert into post_likes (post_id, user_id) values (?, 1)")) {
            user.executeUpdate();
            long id = 0;
            for (String content : contents) {
                if (unstorable(db.engine(), content)) {
                    continue;
                }
                post.setLong(1, ++id);
                post.setString(2, content);
                post.executeUpdate();
                if (id % 2 == 0) {
                    like.setLong(1, id);
                    like.executeUpdate();
                }
                stored.add(new Row(id, 1, content, id % 2 == 0 ? 1 : 0));
            }
        }
        return stored;
    }

    /**
     * What the schema refuses, as HostileInputTest proves: PostgreSQL stores no NUL in text, and MariaDB's TEXT holds
     * at most 65,535 bytes, fewer than the 17,000 emoji take in UTF-8.
     */
    private static boolean unstorable(Engine engine, String content) {
        return engine == Engine.POSTGRES && content.indexOf('\0') >= 0
                || engine.isMariaDb() && content.getBytes(StandardCharsets.UTF_8).length > 65_535;
    }

    private static List<Row> fromCsv(String csv) throws IOException {
        List<String[]> records = new CsvMapper().readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .<String[]>readValues(csv).readAll();
        assertThat(records.get(0)).containsExactly("id", "user_id", "content", "like_count");
        return records.stream().skip(1).map(r -> {
            assertThat(r).as(Arrays.toString(r)).hasSize(4);
            return new Row(Long.parseLong(r[0]), Long.parseLong(r[1]), r[2], Long.parseLong(r[3]));
        }).toList();
    }

    private static List<Row> fromJsonLines(String jsonLines) throws IOException {
        assertThat(jsonLines).endsWith("\n");
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        for (String line : jsonLines.substring(0, jsonLines.length() - 1).split("\n", -1)) {
            JsonNode object = json.readTree(line);
            assertThat(object.fieldNames()).toIterable().containsExactly("id", "user_id", "content", "like_count");
            rows.add(new Row(object.get("id").longValue(), object.get("user_id").longValue(),
                    object.get("content").textValue(), object.get("like_count").longValue()));
        }
        return rows;
    }

    private static String exported(Cookbook cookbook, ExportFormat format) {
        StringWriter out = new StringWriter();
        cookbook.exportPostLikeCounts(out, format);
        return out.toString();
    }
}
