package io.github.querycookbook.testing;

import io.github.querycookbook.testing.Engines.Availability;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Closes each test run with one line per engine: how many engine tests ran on it and on which server, or why they
 * were skipped; then each failed engine test by name. A build log thus says what it proved. Registered through
 * {@code META-INF/services}, so every JUnit launcher (Surefire's forks, an IDE) prints it.
 */
public final class EngineSummary implements TestExecutionListener {

    private final Map<Engine, Map<Status, Integer>> counts = new EnumMap<>(Engine.class);
    private final List<String> failed = new ArrayList<>();
    private TestPlan testPlan;

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        this.testPlan = testPlan;
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        EngineOfEachTest.engineOf(test.getUniqueId()).ifPresent(engine -> {
            counts.computeIfAbsent(engine, e -> new EnumMap<>(Status.class)).merge(result.getStatus(), 1, Integer::sum);
            if (result.getStatus() == Status.FAILED) {
                failed.add(name(test));
            }
        });
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        Map<Engine, Availability> decided = Engines.decided();
        for (Engine engine : Engine.values()) {
            Engines.log(engine + ": " + outcome(engine, decided.get(engine), counts.getOrDefault(engine, Map.of())));
        }
        failed.forEach(name -> Engines.log("  failed: " + name));
    }

    private static String outcome(Engine engine, Availability availability, Map<Status, Integer> byStatus) {
        if (!Engines.selected(engine)) {
            boolean used = availability != null && availability.server() != null;
            return "engine tests left out by -Dcookbook.engines"
                    + (used ? "; the tests that compare engines ran on " + availability.description() : "");
        }
        if (availability == null) {
            String failure = Engines.failure(engine);
            return failure == null ? "not started, as no engine test ran in this JVM" : "FAILED the run: " + failure;
        }
        int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        String tests = total == 1 ? "1 test" : total + " tests";
        if (availability.server() == null) {
            return tests + " skipped: " + availability.skipReason();
        }
        int passed = byStatus.getOrDefault(Status.SUCCESSFUL, 0);
        if (passed == total) {
            return tests + " passed on " + availability.description();
        }
        return tests + " (" + passed + " passed" + part(byStatus, Status.FAILED, "failed")
                + part(byStatus, Status.ABORTED, "skipped") + ") on " + availability.description();
    }

    private static String part(Map<Status, Integer> byStatus, Status status, String label) {
        int count = byStatus.getOrDefault(status, 0);
        return count == 0 ? "" : ", " + count + " " + label;
    }

    /** The test's path of display names: {@code LikeRecipesTest > PostsByLikeCount > keepsPosts… [PostgreSQL]}. */
    private String name(TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (TestIdentifier node = test; testPlan.getParent(node).isPresent(); node = testPlan.getParent(node).get()) {
            String name = node.getDisplayName().strip();
            if (!names.isEmpty() && names.get(0).startsWith("[")) {
                names.set(0, name + " " + names.get(0));
            } else {
                names.add(0, name);
            }
        }
        return String.join(" > ", names);
    }
}
