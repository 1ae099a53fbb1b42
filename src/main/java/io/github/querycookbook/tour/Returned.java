package io.github.querycookbook.tour;

import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a write returned, as the tour and the catalogue show it. Two runs of the same write differ only in what the
 * database generates: a time stamped at the call, shown as {@code now}, and a new id, which is left out when the tour
 * compares jOOQ's answer with the twin's (a rolled-back insert still uses up its id).
 */
final class Returned {

    private static final String NOW = "now";

    private Returned() {
    }

    /** The value, a record's times shown as {@code now}: {@code Post[id=5, userId=1, content=Hi, createdAt=now]}. */
    static String text(Object value) {
        return format(value, false);
    }

    /** Like {@link #text}, without the generated {@code id}: what two runs of one write must agree on. */
    static String withoutGeneratedValues(Object value) {
        return format(value, true);
    }

    private static String format(Object value, boolean withoutId) {
        if (value == null || !value.getClass().isRecord()) {
            return String.valueOf(value);
        }
        return Arrays.stream(value.getClass().getRecordComponents())
                .filter(component -> !(withoutId && component.getName().equals("id")))
                .map(component -> component.getName() + "=" + shown(component, value))
                .collect(Collectors.joining(", ", value.getClass().getSimpleName() + "[", "]"));
    }

    private static String shown(RecordComponent component, Object record) {
        try {
            Object value = component.getAccessor().invoke(record);
            return value instanceof Temporal ? NOW : String.valueOf(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
