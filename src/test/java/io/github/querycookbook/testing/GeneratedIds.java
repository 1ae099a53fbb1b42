package io.github.querycookbook.testing;

import java.util.List;
import java.util.stream.LongStream;

/**
 * The ids an engine may generate next. A single server counts up by one. Each node of the Galera cluster hands out
 * ids in steps of the cluster's size from an offset of its own ({@code wsrep_auto_increment_control}), so that nodes
 * never generate the same id: the next id is one of the next three, and ids leave gaps.
 */
public final class GeneratedIds {

    private static final int CLUSTER_SIZE = 3;

    private GeneratedIds() {
    }

    /** The ids that may follow {@code last} on {@code db}'s engine. */
    public static List<Long> after(TestDatabase db, long last) {
        int step = db.engine() == Engine.GALERA ? CLUSTER_SIZE : 1;
        return LongStream.rangeClosed(last + 1, last + step).boxed().toList();
    }
}
