package io.github.querycookbook.perf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.querycookbook.testing.JsonTrees;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.Query;
import org.jooq.conf.ParamType;

/**
 * PostgreSQL's plan for the SQL a jOOQ query renders, from {@code EXPLAIN (FORMAT JSON)}. The bind values are inlined
 * as literals, so the plan is the custom plan PostgreSQL makes for those values, as it does for the first five
 * executions of a prepared statement (and afterwards unless the generic plan costs no more).
 *
 * @param indexes   the index of every index scan, depth first, as the plan lists them
 * @param seqScans  the table of every sequential scan
 * @param json      the whole plan, for failure messages
 */
public record QueryPlans(List<String> indexes, List<String> seqScans, String json) {

    /** Explains {@code query} (without running it) on {@code dataSource}. */
    public static QueryPlans explain(DataSource dataSource, Query query) {
        String sql = query.getSQL(ParamType.INLINED);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("EXPLAIN (FORMAT JSON) " + sql)) {
            rows.next();
            String json = rows.getString(1);
            List<String> indexes = new ArrayList<>();
            List<String> seqScans = new ArrayList<>();
            collect(JsonTrees.parse(json).get(0).get("Plan"), indexes, seqScans);
            return new QueryPlans(List.copyOf(indexes), List.copyOf(seqScans), sql + "\n" + json);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot explain " + sql + ": " + e.getMessage(), e);
        }
    }

    private static void collect(JsonNode node, List<String> indexes, List<String> seqScans) {
        if (node.has("Index Name")) {
            indexes.add(node.get("Index Name").asText());
        }
        if ("Seq Scan".equals(node.get("Node Type").asText())) {
            seqScans.add(node.get("Relation Name").asText());
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, indexes, seqScans);
        }
    }

    @Override
    public String toString() {
        return "index scans " + indexes + ", sequential scans " + seqScans + " in\n" + json;
    }
}
