package io.github.querycookbook.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The tests' 3-node MariaDB Galera cluster on loopback, from the installed Debian packages ({@code mariadb-server},
 * {@code galera-4}, {@code rsync}), with its nodes' directories under {@code target/galera}. A cluster whose three
 * nodes already answer on 3311 to 3313 and are Synced is reused, whoever started it; otherwise the missing nodes are
 * started, and when none answers a new cluster is made from empty directories. The nodes outlive the JVM, so the next
 * test run (or the next pass of {@code .ci/run}) reuses them.
 */
final class GaleraCluster {

    private static final List<String> PACKAGE_FILES = List.of("/usr/sbin/mariadbd", "/usr/bin/mariadb-install-db",
            GaleraNode.PROVIDER, "/usr/bin/rsync");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));

    private final List<GaleraNode> nodes;
    private boolean reused;

    GaleraCluster(Path directory) {
        this.nodes = IntStream.rangeClosed(1, 3)
                .mapToObj(n -> new GaleraNode(n, directory.resolve("node" + n).toAbsolutePath()))
                .toList();
    }

    List<GaleraNode> nodes() {
        return nodes;
    }

    /** Whether the cluster was running before these tests asked for it. */
    boolean reused() {
        return reused;
    }

    /** The Galera library's version, such as {@code Galera 26.4.23(r…)}. */
    String providerVersion() {
        return "Galera " + nodes.get(0).status("wsrep_provider_version");
    }

    /** The first package file this machine lacks, or {@code null} when it has them all. */
    static String missingPackageFile() {
        return PACKAGE_FILES.stream().filter(file -> !Files.exists(Path.of(file))).findFirst().orElse(null);
    }

    /** Reuses the running cluster, or starts the nodes that do not answer; returns once all three are Synced. */
    synchronized void ensureRunning() throws IOException, InterruptedException {
        List<GaleraNode> down = nodes.stream().filter(node -> !node.isSynced()).toList();
        if (down.isEmpty()) {
            reused = true;
            return;
        }
        if (down.size() == nodes.size()) {
            bootstrap();
        } else {
            for (GaleraNode node : down) {
                start(node, false);
            }
        }
        for (GaleraNode node : nodes) {
            awaitSynced(node);
        }
    }

    /** A new cluster from empty directories: node 1 founds it, nodes 2 and 3 join it by state transfer. */
    private void bootstrap() throws IOException, InterruptedException {
        for (GaleraNode node : nodes) {
            deleteRecursively(node.directory());
            node.writeConfig(nodes, AS_ROOT);
            if (AS_ROOT) {
                run("chown", "-R", "mysql:mysql", node.directory().toString());
            }
            // root may then log in over TCP without a password, as on the machine's own MariaDB
            run("mariadb-install-db", "--defaults-file=" + node.configFile(),
                    "--auth-root-authentication-method=normal");
        }
        start(nodes.get(0), true);
        awaitSynced(nodes.get(0));
        for (GaleraNode node : nodes.subList(1, nodes.size())) {
            start(node, false);
        }
    }

    /** Starts {@code node} in a session of its own, so that it outlives the JVM; {@code found} makes a new cluster. */
    private void start(GaleraNode node, boolean found) throws IOException {
        List<String> command = Stream.concat(Stream.of("setsid", "/usr/sbin/mariadbd",
                "--defaults-file=" + node.configFile()), found ? Stream.of("--wsrep-new-cluster") : Stream.empty())
                .toList();
        File output = node.directory().resolve("console.log").toFile();
        new ProcessBuilder(command).redirectInput(new File("/dev/null")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output)).start();
    }

    private void awaitSynced(GaleraNode node) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String state = node.state();
        while (!state.equals("Synced")) {
            if (System.nanoTime() > deadline) {
                throw new IOException("Galera node " + node.number() + " on port " + node.port()
                        + " is not Synced after "
                        + START_TIMEOUT.toSeconds() + " s (" + state + "); the end of " + node.errorLog() + ":\n"
                        + tail(node.errorLog()));
            }
            Thread.sleep(200);
            state = node.state();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
