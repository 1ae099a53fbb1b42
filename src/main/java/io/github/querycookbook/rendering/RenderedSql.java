package io.github.querycookbook.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * What jOOQ rendered from one DSL query, kept for later calls of the same shape: the SQL with {@code ?} for every
 * bind value, which named parameter each {@code ?} stands for (learnt from the {@link ParamType#NAMED} rendering),
 * each parameter's data type (so a later value binds through the same binding, {@code LocalDateTimeBinding}
 * included), and the selected fields (to read the rows as the DSL query would).
 *
 * <p>{@link #of} refuses (returns empty) unless the two renderings and the query's bind values agree exactly: as many
 * {@code ?} as named places as bind values, every place named by a given bind and every given bind used, each place's
 * value equal to the given one. A value that reached the SQL text would be missing from the named places, so the
 * shape is never cached then.
 */
public final class RenderedSql {

    /** A named place {@code :name} (or jOOQ's {@code :1} for an unnamed one); {@code ::} casts are not places. */
    private static final Pattern PLACE = Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*|[0-9]+)");

    private final String sql;
    private final String[] pieces;
    private final String[] names;
    private final int[] occurrence;
    private final int[] occurrences;
    private final DataType<?>[] types;
    private final List<Field<?>> fields;

    private RenderedSql(String sql, List<String> places, Map<String, Param<?>> params, List<Field<?>> fields) {
        this.sql = sql;
        this.pieces = sql.split("\\?", -1);
        this.names = places.toArray(String[]::new);
        this.occurrence = new int[names.length];
        this.occurrences = new int[names.length];
        this.types = new DataType<?>[names.length];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            occurrence[i] = seen.merge(names[i], 1, Integer::sum) - 1;
            types[i] = params.get(names[i]).getDataType();
        }
        for (int i = 0; i < names.length; i++) {
            occurrences[i] = seen.get(names[i]);
        }
        this.fields = fields;
    }

    /** The rendering of {@code query}, whose bind values must be exactly {@code binds}; empty if it cannot be reused. */
    static Optional<RenderedSql> of(ResultQuery<?> query, Binds binds) {
        if (!(query instanceof Select<?> select)) {
            return Optional.empty();
        }
        String indexed = query.getSQL(ParamType.INDEXED);
        List<String> places = places(query.getSQL(ParamType.NAMED));
        List<Object> values = query.getBindValues();
        if (indexed.chars().filter(c -> c == '?').count() != places.size() || values.size() != places.size()
                || !places.containsAll(binds.names()) || !binds.names().containsAll(places)) {
            return Optional.empty();
        }
        RenderedSql rendered = new RenderedSql(indexed, places, query.getParams(), List.copyOf(select.getSelect()));
        for (int i = 0; i < places.size(); i++) {
            Object given = binds.value(rendered.names[i], rendered.occurrence[i], rendered.occurrences[i]);
            if (!Objects.equals(values.get(i), rendered.types[i].convert(given))) {
                return Optional.empty();
            }
        }
        return Optional.of(rendered);
    }

    /** The SQL, with a {@code ?} for each bind value and nothing else of a call in it. */
    public String sql() {
        return sql;
    }

    /** The selected fields, which read the rows. */
    List<Field<?>> fields() {
        return fields;
    }

    /** The SQL with this call's values bound, as one query part that renders exactly {@link #sql()}. */
    BoundText text(Binds binds) {
        return new BoundText(pieces, bind(binds));
    }

    /** This call's values as bind values of the original data types, in the order of the {@code ?}s. */
    private Param<?>[] bind(Binds binds) {
        Param<?>[] bound = new Param<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            bound[i] = bindValue(types[i], binds.value(names[i], occurrence[i], occurrences[i]));
        }
        return bound;
    }

    private static <T> Param<T> bindValue(DataType<T> type, Object value) {
        return DSL.val(type.convert(value), type);
    }

    private static List<String> places(String named) {
        List<String> places = new ArrayList<>();
        Matcher place = PLACE.matcher(named);
        while (place.find()) {
            places.add(place.group(1));
        }
        return places;
    }
}
