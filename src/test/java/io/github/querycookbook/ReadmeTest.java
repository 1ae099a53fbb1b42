package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The README cannot go stale: its quick start is a program the consumer build compiles and runs, its output is the
 * one that build checks, and its commands, coordinates and versions are the ones the build uses.
 */
class ReadmeTest {

    static final String TOUR_COMMAND = "./mvnw -q compile exec:java";
    static final String TEST_COMMAND = "./mvnw verify";
    static final String QUICK_START = "src/it/consumer/src/main/java/QuickStart.java";

    private final String readme = read("README.md");
    private final String pom = read("pom.xml");

    @Nested
    class QuickStart {

        @Test
        void isTheWholeProgramThatTheConsumerBuildRuns() {
            String source = read(QUICK_START);
            String region = region(source, "quick-start");

            assertThat(source).as("nothing a reader needs may stay outside the region")
                    .isEqualTo("// tag::quick-start[]\n" + region + "// end::quick-start[]\n");
            assertThat(region).startsWith("import ").contains("public static void main(String[] args)");
            assertThat(readme).contains("```java\n" + region + "```\n");
        }

        @Test
        void showsTheOutputThatTheConsumerBuildChecks() {
            assertThat(readme).contains("It prints:\n\n```text\n" + read("src/it/consumer/quick-start-output.txt")
                    + "```\n");
            assertThat(read("src/it/consumer/verify.groovy")).contains("'quick-start-output.txt'");
        }
    }

    @Nested
    class Dependency {

        @Test
        void namesTheCoordinatesOfThisBuildAndHowToInstallThemLocally() {
            Matcher version = Pattern.compile("<artifactId>jooq-query-cookbook</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(pom);
            assertThat(version.find()).isTrue();

            assertThat(readme).contains("<groupId>io.github.querycookbook</groupId>\n"
                    + "  <artifactId>jooq-query-cookbook</artifactId>\n"
                    + "  <version>" + version.group(1) + "</version>")
                    .contains("Version `" + version.group(1) + "` is not published to Maven Central yet")
                    .contains("```sh\n./mvnw install\n```");
        }

        @Test
        void namesTheDialectAndTheTestedDriverOfEachEngine() {
            assertThat(readme)
                    .contains("| H2 | `SQLDialect.H2` | `com.h2database:h2:" + property("h2.version") + "` |")
                    .contains("| PostgreSQL | `SQLDialect.POSTGRES` | `org.postgresql:postgresql:"
                            + property("pgjdbc.version") + "` |")
                    .contains("| MariaDB | `SQLDialect.MARIADB` | `org.mariadb.jdbc:mariadb-java-client:"
                            + property("mariadb-jdbc.version") + "` |");
        }
    }

    @Test
    void statesTheTourAndTestCommandsThatTheBuildAndCiUse() {
        assertThat(readme).contains("```sh\n" + TOUR_COMMAND + "\n```").contains("```sh\n" + TEST_COMMAND + "\n```")
                .contains("    " + TOUR_COMMAND + " -Dexec.args=--help\n");
        assertThat(read(".ci/run")).contains("CI=true " + TEST_COMMAND + " ");
        assertThat(pom).contains("<exec.mainClass>io.github.querycookbook.tour.Tour</exec.mainClass>")
                .contains("<mainClass>${exec.mainClass}</mainClass>");
    }

    @Test
    void linksTheGeneratedCatalogue() {
        assertThat(readme).contains("(docs/recipes.md)");
    }

    private String property(String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(value.find()).as("pom property %s", name).isTrue();
        return value.group(1);
    }

    /** The lines between {@code tag::name[]} and {@code end::name[]}, with their common indentation removed. */
    private static String region(String source, String name) {
        List<String> lines = source.lines().toList();
        int start = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// tag::" + name + "[]"))
                .findFirst().orElseThrow());
        int end = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// end::" + name + "[]"))
                .findFirst().orElseThrow());
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return body.stream().map(l -> l.length() >= indent ? l.substring(indent) : l)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
