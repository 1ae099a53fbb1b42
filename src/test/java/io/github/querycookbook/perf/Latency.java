package io.github.querycookbook.perf;

import java.util.Arrays;
import java.util.List;

/** Times one recipe on every size, the sizes interleaved call by call so that a busy moment hits them all alike. */
final class Latency {

    private Latency() {
    }

    /** The median latency in µs of {@code recipe} on each size, after its warm-up calls on each. */
    static long[] medians(ScalingRecipes.Timed recipe, List<ScalingCheck.Loaded> sizes) {
        for (int i = 0; i < recipe.warmUp(); i++) {
            for (ScalingCheck.Loaded size : sizes) {
                call(recipe, size);
            }
        }
        long[][] nanos = new long[sizes.size()][recipe.measured()];
        for (int i = 0; i < recipe.measured(); i++) {
            for (int s = 0; s < sizes.size(); s++) {
                long start = System.nanoTime();
                call(recipe, sizes.get(s));
                nanos[s][i] = System.nanoTime() - start;
            }
        }
        long[] medians = new long[sizes.size()];
        for (int s = 0; s < sizes.size(); s++) {
            Arrays.sort(nanos[s]);
            medians[s] = nanos[s][nanos[s].length / 2] / 1_000;
        }
        return medians;
    }

    private static void call(ScalingRecipes.Timed recipe, ScalingCheck.Loaded size) {
        if (recipe.call().run(size.cookbook(), size.random(), size.size()) == null) {
            throw new IllegalStateException(recipe.name() + " returned null");
        }
    }
}
