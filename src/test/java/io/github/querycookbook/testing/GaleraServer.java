package io.github.querycookbook.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The 3-node MariaDB Galera cluster as an engine: databases are made through node 1 (DDL replicates to all nodes) and
 * reached as a user of a cluster reaches them, through Connector/J's {@code loadbalance} URL, which spreads the
 * connections over the nodes, with causal reads ({@code wsrep_sync_wait=7}) as {@code docs/scaling.md} prescribes.
 * There is no embedded fallback: without the packages its tests are skipped, and under {@code CI=true} they fail.
 */
final class GaleraServer extends EngineServer {

    /** The cluster of this JVM's tests, for the tests that kill and restart its nodes. */
    static final GaleraCluster CLUSTER = new GaleraCluster(Path.of("target", "galera"));

    private final MariaDbDataSource admin = CLUSTER.nodes().get(0).dataSource("");

    @Override
    FreshDatabase createBlank(String name) {
        execute(admin, "CREATE DATABASE " + name);
        // DDL replicates in total order but each node applies it in its own time, and opening a connection to the
        // database is no read that wsrep_sync_wait would hold back: wait until every node has applied it.
        for (GaleraNode node : CLUSTER.nodes()) {
            execute(node.dataSource(""), "SET STATEMENT wsrep_sync_wait = 15 FOR SELECT 1");
        }
        String url = url(name);
        try {
            return new FreshDatabase(url, new MariaDbDataSource(url + "&connectTimeout=5000"),
                    () -> execute(admin, "DROP DATABASE IF EXISTS " + name));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL a user of the cluster writes: every node, {@code loadbalance}, causal reads. */
    static String url(String database) {
        String hosts = CLUSTER.nodes().stream().map(node -> "127.0.0.1:" + node.port())
                .collect(Collectors.joining(","));
        return "jdbc:mariadb:loadbalance://" + hosts + "/" + database + "?user=root&sessionVariables=wsrep_sync_wait=7";
    }

    /**
     * The database of the cluster URL {@code clusterUrl} on {@code node} alone, with {@code wsrep_sync_wait} as given.
     * Dropping it is left to the cluster's database.
     */
    static FreshDatabase onNode(GaleraNode node, String clusterUrl, int syncWait) {
        String database = clusterUrl.substring(clusterUrl.lastIndexOf('/') + 1, clusterUrl.indexOf('?'));
        String url = "jdbc:mariadb://127.0.0.1:" + node.port() + "/" + database
                + "?user=root&sessionVariables=wsrep_sync_wait=" + syncWait;
        try {
            return new FreshDatabase(url, new MariaDbDataSource(url), () -> { });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node that {@code connection} is connected to. */
    static GaleraNode nodeOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet port = statement.executeQuery("select @@port")) {
            port.next();
            int number = port.getInt(1);
            return CLUSTER.nodes().stream().filter(node -> node.port() == number).findFirst().orElseThrow();
        }
    }

    /** The node whose generated ids include {@code id}: each counts in steps of three from an offset of its own. */
    static GaleraNode nodeGenerating(long id) {
        for (GaleraNode node : CLUSTER.nodes()) {
            try (Connection connection = node.dataSource("").getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet step = statement.executeQuery(
                            "select @@auto_increment_offset, @@auto_increment_increment")) {
                step.next();
                if ((id - step.getLong(1)) % step.getLong(2) == 0) {
                    return node;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Galera node " + node.number() + " did not say how it counts ids", e);
            }
        }
        throw new IllegalStateException("no node of the cluster generates id " + id);
    }

    @Override
    String unreachableReason() {
        String missing = GaleraCluster.missingPackageFile();
        if (missing != null) {
            return "no MariaDB Galera cluster: this machine lacks " + missing
                    + " (Debian: apt-get install mariadb-server galera-4 rsync)";
        }
        try {
            CLUSTER.ensureRunning();
            return null;
        } catch (IOException e) {
            return "no MariaDB Galera cluster on 127.0.0.1:3311-3313 (it did not start: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "no MariaDB Galera cluster on 127.0.0.1:3311-3313 (interrupted while it started)";
        }
    }

    @Override
    String describe() {
        return (CLUSTER.reused() ? "the running" : "a new") + " 3-node cluster on 127.0.0.1:3311-3313 ("
                + productVersion(admin) + ", " + CLUSTER.providerVersion() + ")";
    }
}
