package io.github.querycookbook.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BenchReportTest {

    private static final String PREFIX = "\"io.github.querycookbook.bench.";
    private static final List<String> JMH_CSV = List.of(
            "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\","
                    + "\"Param: engine\",\"Param: hibernateRecipe\",\"Param: likes\",\"Param: recipe\"",
            PREFIX + "CookbookBench.call\",\"sample\",1,900,62.5,1.5,\"us/op\",h2,,10000,findPost:jooq",
            PREFIX + "CookbookBench.call:gc.alloc.rate.norm\",\"sample\",1,1,14000.0,NaN,\"B/op\",h2,,10000,findPost:jooq",
            PREFIX + "CookbookBench.call:p0.50\",\"sample\",1,1,60.0,NaN,\"us/op\",h2,,10000,findPost:jooq",
            PREFIX + "CookbookBench.call\",\"sample\",1,1000,52.5,1.5,\"us/op\",h2,,10000,findPost:jdbc",
            PREFIX + "CookbookBench.call:p0.50\",\"sample\",1,1,50.0,NaN,\"us/op\",h2,,10000,findPost:jdbc",
            PREFIX + "HibernateBench.hibernate:p0.50\",\"sample\",1,1,120.0,NaN,\"us/op\",h2,findPost,10000,",
            PREFIX + "NestedBench.multiset:p0.50\",\"sample\",1,1,400.0,NaN,\"us/op\",h2,,10000,",
            PREFIX + "NestedBench.multisetSql:p0.50\",\"sample\",1,1,360.0,NaN,\"us/op\",h2,,10000,",
            PREFIX + "NestedBench.join:p0.50\",\"sample\",1,1,300.0,NaN,\"us/op\",h2,,10000,",
            PREFIX + "NestedBench.nPlusOneJooq:p0.50\",\"sample\",1,1,5000.0,NaN,\"us/op\",h2,,10000,");

    private final Results results = new Results(JmhCsv.parse(JMH_CSV));

    @Test
    void readsTheMedianTheMeanAndTheAllocationOfEachBenchmarkFromJmhsCsv() {
        // given JMH's sample-mode CSV with -prof gc; when it is parsed; then one result per benchmark and parameters
        assertThat(results.find("h2", 10000, "findPost", "jooq")).contains(
                new Result("h2", 10000, "findPost", "jooq", 60.0, 62.5, 900, 14000.0));
        assertThat(results.find("h2", 10000, "findPost", "jdbc").orElseThrow().allocBytes()).isNaN();
        assertThat(results.median("h2", 10000, "findPost", "hibernate")).isEqualTo(120.0);
        assertThat(results.median("h2", 10000, Result.NESTED_100, "nPlusOneJooq")).isEqualTo(5000.0);
    }

    @Test
    void writesOneTableRowPerRecipeWithTheRatiosAndTheAllocation() {
        // when
        String markdown = BenchReport.markdown(results, List.of(), Map.of("JDK", "17"));

        // then
        assertThat(markdown)
                .contains("- **JDK:** 17")
                .contains("### H2 (in memory), 10^4 likes")
                .contains("| `findPost` | 60.0 µs | 50.0 µs | 1.20× | 120 µs | 2.00× | 13.7 kB | – | – |");
    }

    @Test
    void reportsEachTargetAsMetOrMissedWithItsNumbers() {
        // when
        String markdown = BenchReport.markdown(results, List.of(), Map.of());

        // then H2 adds 10 µs (at most 15), MULTISET is 1.33× the JOIN (at most 1.5) and its SQL alone 1.20×, N+1 is
        // 12.5× (at least 10)
        assertThat(markdown)
                .contains("| `findPost` | +10.0 µs ✓ |")
                .contains("**met**: 1 of 1 recipe × size cells within 15 µs.")
                .contains("| H2 (in memory) | 10^4 | 400 µs | 300 µs | 1.33× ✓ | 1.20× | 5.0 ms | 12.50× ✓ |");
    }

    @Test
    void showsTheWarmUpCurveAtRoundNumbersOfCalls() {
        // given
        List<String> curve = List.of("postgres,10000,1000,2823.8,1001.8", "postgres,10000,1500,900.0,400.0",
                "postgres,10000,20000,120.0,100.0");

        // when
        String markdown = BenchReport.markdown(results, curve, Map.of());

        // then the block that ends at 1,500 calls is left out
        assertThat(markdown)
                .contains("| PostgreSQL | 10^4 | 1,000 | 2.8 ms | 1.0 ms | 2.82× |")
                .contains("| PostgreSQL | 10^4 | 20,000 | 120 µs | 100 µs | 1.20× |")
                .doesNotContain("1,500");
    }

    @Test
    void drawsAWellFormedSvgWithOneLinePerEngineAndVariantOfEachRecipe() throws Exception {
        // when
        String svg = SvgChart.render(results);

        // then findPost has jooq, jdbc and hibernate lines, the nested panel multiset, join and nPlusOneJooq
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(6);
    }
}
