package io.github.querycookbook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * One node of the test cluster: a {@code mariadbd} of the installed package with Galera, listening on loopback only,
 * its configuration, data and log in a directory of its own. Node {@code n} (1 to 3) takes MariaDB port
 * {@code 3310 + n}, Galera port {@code 4557 + 10n} (and the next one for incremental state transfer) and state
 * transfer port {@code 4434 + 10n}: 3311, 4567 and 4444 for node 1.
 */
record GaleraNode(int number, Path directory) {

    /**
     * The Galera library of the {@code galera-4} package; {@code COOKBOOK_GALERA_PROVIDER} names another, and a path
     * that does not exist shows what a machine without the package does (the cluster's tests are skipped).
     */
    static final String PROVIDER = EngineServer.env("COOKBOOK_GALERA_PROVIDER", "/usr/lib/galera/libgalera_smm.so");

    int port() {
        return 3310 + number;
    }

    int galeraPort() {
        return 4557 + 10 * number;
    }

    Path configFile() {
        return directory.resolve("my.cnf");
    }

    Path errorLog() {
        return directory.resolve("error.log");
    }

    Path pidFile() {
        return directory.resolve("mariadbd.pid");
    }

    /**
     * Writes the node's configuration. As root the node runs as {@code mysql}, since rsync's state transfer cannot
     * write a root-owned data directory. {@code innodb_flush_log_at_trx_commit=2} leaves each commit in the operating
     * system's cache, which survives the SIGKILL of the tests (not a power cut); the cluster keeps every commit on
     * three nodes anyway.
     */
    void writeConfig(List<GaleraNode> cluster, boolean asRoot) throws IOException {
        Files.createDirectories(directory);
        String addresses = String.join(",", cluster.stream().map(n -> "127.0.0.1:" + n.galeraPort()).toList());
        int galera = galeraPort();
        Files.writeString(configFile(), String.join("\n",
                "[mysqld]",
                asRoot ? "user=mysql" : "",
                "datadir=" + directory.resolve("data"),
                "socket=" + directory.resolve("mariadbd.sock"),
                "pid-file=" + pidFile(),
                "log-error=" + errorLog(),
                "port=" + port(),
                "bind-address=127.0.0.1",
                "innodb_buffer_pool_size=64M",
                "innodb_flush_log_at_trx_commit=2",
                "binlog_format=ROW",
                "innodb_autoinc_lock_mode=2",
                "wsrep_on=ON",
                "wsrep_provider=" + PROVIDER,
                "wsrep_cluster_name=cookbook_test",
                "wsrep_cluster_address=gcomm://" + addresses,
                "wsrep_node_name=node" + number,
                "wsrep_node_address=127.0.0.1:" + galera,
                "wsrep_provider_options=\"base_port=" + galera + ";gmcast.listen_addr=tcp://127.0.0.1:" + galera
                        + ";ist.recv_addr=127.0.0.1:" + (galera + 1) + "\"",
                "wsrep_sst_method=rsync",
                "wsrep_sst_receive_address=127.0.0.1:" + (4434 + 10 * number),
                ""));
    }

    /** A data source on this node alone, for administration and for the tests that address one node. */
    MariaDbDataSource dataSource(String database) {
        try {
            return new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port() + "/" + database
                    + "?user=root&connectTimeout=2000");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node's {@code wsrep_local_state_comment} ({@code Synced} when it is ready), or why it did not answer. */
    String state() {
        return status("wsrep_local_state_comment");
    }

    /** A status variable of the node, or why it did not answer. */
    String status(String variable) {
        try (Connection connection = dataSource("").getConnection();
                PreparedStatement statement = connection.prepareStatement("show status like ?")) {
            statement.setString(1, variable);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(2) : "no status " + variable;
            }
        } catch (SQLException e) {
            return "not answering (" + e.getMessage() + ")";
        }
    }

    boolean isSynced() {
        return state().equals("Synced");
    }
}
