package io.github.querycookbook.rendering;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The bind values of one call, by the names the query's {@code param(name, value)}s carry. A name that occurs several
 * times in the SQL takes the same value at every occurrence, unless its value is a {@link List}: then occurrence
 * {@code k} takes element {@code k} (an IN list of params that share one name).
 */
public final class Binds {

    private final String[] names;
    private final Object[] values;

    private Binds(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** No bind values. */
    public static Binds none() {
        return new Binds(new String[0], new Object[0]);
    }

    /** One named value. */
    public static Binds of(String name, Object value) {
        return none().and(name, value);
    }

    /** These values and one more. */
    public Binds and(String name, Object value) {
        Objects.requireNonNull(name, "name");
        String[] moreNames = Arrays.copyOf(names, names.length + 1);
        Object[] moreValues = Arrays.copyOf(values, values.length + 1);
        moreNames[names.length] = name;
        moreValues[names.length] = value;
        return new Binds(moreNames, moreValues);
    }

    /** Whether a value is given for {@code name}. */
    boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The value for the {@code occurrence}-th (from 0) use of {@code name} in the SQL. */
    Object value(String name, int occurrence, int occurrences) {
        int index = indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("no bind value for :" + name);
        }
        if (values[index] instanceof List<?> list) {
            if (list.size() != occurrences) {
                throw new IllegalStateException(":" + name + " has " + list.size() + " values for " + occurrences
                        + " places; the shape key must tell the list sizes apart");
            }
            return list.get(occurrence);
        }
        return values[index];
    }

    /** The names given, in the order given. */
    List<String> names() {
        return List.of(names);
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
