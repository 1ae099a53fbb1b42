package io.github.querycookbook.bench.report;

import java.nio.file.Path;

public final class BenchReport {
    private BenchReport() {
    }

    public static void write(Path out, Path docs) {
    }
}
