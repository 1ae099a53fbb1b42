package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README cannot go stale: its code comes from passing tests, and its commands are the ones CI and Maven use. */
class ReadmeTest {

    static final String TOUR_COMMAND = "./mvnw -q compile exec:java";
    static final String TEST_COMMAND = "./mvnw verify";

    private final String readme = read("README.md");

    @Test
    void showsTheQuickStartExactlyAsQuickStartTestRunsIt() {
        String region = region(read("src/test/java/io/github/querycookbook/QuickStartTest.java"), "quick-start");

        assertThat(readme).contains("```java\n" + region + "```\n");
    }

    @Test
    void statesTheTourAndTestCommandsThatTheBuildAndCiUse() {
        assertThat(readme).contains("```sh\n" + TOUR_COMMAND + "\n```").contains("```sh\n" + TEST_COMMAND + "\n```");
        assertThat(read(".ci/run")).contains("CI=true " + TEST_COMMAND + " ");
        assertThat(read("pom.xml")).contains("<mainClass>io.github.querycookbook.tour.Tour</mainClass>");
    }

    @Test
    void namesTheCoordinatesOfThisBuild() {
        Matcher version = Pattern.compile("<artifactId>jooq-query-cookbook</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read("pom.xml"));
        assertThat(version.find()).isTrue();

        assertThat(readme).contains("<groupId>io.github.querycookbook</groupId>\n"
                + "  <artifactId>jooq-query-cookbook</artifactId>\n"
                + "  <version>" + version.group(1) + "</version>");
    }

    @Test
    void linksTheGeneratedCatalogue() {
        assertThat(readme).contains("(docs/recipes.md)");
    }

    /** The lines between {@code tag::name[]} and {@code end::name[]}, with their common indentation removed. */
    private static String region(String source, String name) {
        List<String> lines = source.lines().toList();
        int start = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// tag::" + name + "[]"))
                .findFirst().orElseThrow());
        int end = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// end::" + name + "[]"))
                .findFirst().orElseThrow());
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return body.stream().map(l -> l.substring(indent)).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
