package io.github.querycookbook.ids;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Ids to look up, checked, without duplicates, in ascending order and cut into batches of at most
 * {@link #BATCH_SIZE}. {@code QueryCookbook} and {@code VanillaSqlCookbook} both run one query per batch, so each
 * statement carries at most that many bind values, and the batches' results, each ordered by id, stay in id order
 * when appended.
 */
public final class IdBatches {

    /**
     * Bind values per statement: well below PostgreSQL's 32,767 and MariaDB's 65,535 per statement, so the same
     * batches work everywhere, and large enough that 100,000 ids take ten round trips, not a hundred.
     */
    public static final int BATCH_SIZE = 10_000;

    private IdBatches() {
    }

    /**
     * The distinct ids in ascending order, in batches of at most {@link #BATCH_SIZE}; no batch for no ids.
     *
     * @throws NullPointerException naming {@code ids} if the collection or one of its elements is null
     */
    public static List<List<Long>> of(Collection<Long> ids) {
        Objects.requireNonNull(ids, "ids");
        TreeSet<Long> distinct = new TreeSet<>();
        for (Long id : ids) {
            distinct.add(Objects.requireNonNull(id, "ids must not contain null"));
        }
        List<Long> sorted = List.copyOf(distinct);
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += BATCH_SIZE) {
            batches.add(sorted.subList(from, Math.min(from + BATCH_SIZE, sorted.size())));
        }
        return batches;
    }

    /**
     * {@code batch} with its last id repeated up to the next power of two (at most {@code 2 * BATCH_SIZE} ids), so
     * that an IN list has one of a few sizes: each size is a SQL text of its own, to render, cache and plan. Repeating
     * an id in an IN list changes no answer.
     *
     * @throws IllegalArgumentException if {@code batch} is empty
     */
    public static List<Long> padded(List<Long> batch) {
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("batch must not be empty");
        }
        int size = Integer.highestOneBit(batch.size());
        if (size < batch.size()) {
            size *= 2;
        }
        List<Long> padded = new ArrayList<>(batch);
        while (padded.size() < size) {
            padded.add(batch.get(batch.size() - 1));
        }
        return padded;
    }
}
