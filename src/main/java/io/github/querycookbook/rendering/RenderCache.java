package io.github.querycookbook.rendering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rendered SQL of each {@link ShapeKey}, at most {@code capacity} of them, the least recently used dropped first.
 * Thread-safe: lookups take a short lock; rendering happens outside it, so two threads may render the same new shape
 * once each, and one result is kept. A shape whose rendering cannot be reused is remembered as such, so that it is not
 * rendered twice per call.
 */
public final class RenderCache {

    /** Enough for every shape of the cookbook on several engines, with the IN-list sizes of a busy application. */
    public static final int DEFAULT_CAPACITY = 1024;

    private static final Optional<RenderedSql> NOT_REUSABLE = Optional.empty();

    private final int capacity;
    private final Map<ShapeKey, Optional<RenderedSql>> entries;
    private final AtomicLong renders = new AtomicLong();

    /** @param capacity how many shapes it keeps, at least 1 */
    public RenderCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ShapeKey, Optional<RenderedSql>> eldest) {
                return size() > RenderCache.this.capacity;
            }
        };
    }

    /** The entry of {@code key}: null if it was never rendered (or was dropped), empty if it is not reusable. */
    synchronized Optional<RenderedSql> lookup(ShapeKey key) {
        return entries.get(key);
    }

    /** Keeps what rendering {@code key} gave, or that it is not reusable. */
    void store(ShapeKey key, Optional<RenderedSql> rendered) {
        renders.incrementAndGet();
        synchronized (this) {
            entries.putIfAbsent(key, rendered == null ? NOT_REUSABLE : rendered);
        }
    }

    /** The SQL kept for {@code key}, if any: for tests and for readers who want to see what runs. */
    public synchronized Optional<String> sql(ShapeKey key) {
        Optional<RenderedSql> entry = entries.get(key);
        return entry == null ? Optional.empty() : entry.map(RenderedSql::sql);
    }

    /** The SQL of every reusable shape it holds now, by key: for tests and for readers who want to see what runs. */
    public synchronized Map<ShapeKey, String> texts() {
        Map<ShapeKey, String> texts = new LinkedHashMap<>();
        entries.forEach((key, entry) -> entry.ifPresent(rendered -> texts.put(key, rendered.sql())));
        return texts;
    }

    /** How many shapes it holds now. */
    public synchronized int size() {
        return entries.size();
    }

    /** How many times a shape was rendered for it, reusable or not, since it was made. */
    public long renders() {
        return renders.get();
    }

    /** The most shapes it holds. */
    public int capacity() {
        return capacity;
    }
}
