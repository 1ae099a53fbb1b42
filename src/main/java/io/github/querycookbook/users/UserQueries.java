package io.github.querycookbook.users;

import static io.github.querycookbook.schema.Tables.USERS;
import static org.jooq.impl.DSL.param;

import io.github.querycookbook.CookbookDsl;
import io.github.querycookbook.model.User;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;

/**
 * The queries of the user-reading recipes. Each method only builds its query: execute it, or render it with
 * {@code getSQL()} on a {@link CookbookDsl#detached detached} context. Bind values carry the twin files' parameter
 * names (see {@code PostQueries}).
 */
public final class UserQueries {

    /** Maps the rows of every query here to {@link User}. */
    public static final RecordMapper<Record2<Long, String>, User> TO_USER = r -> new User(r.value1(), r.value2());

    private final DSLContext dsl;

    public UserQueries(DSLContext dsl) {
        this.dsl = CookbookDsl.prepare(dsl);
    }

    /**
     * The user with exactly this username, if any: the query behind {@code findUserByUsername} (fetch an
     * {@code Optional}) and {@code getUserByUsername} (or throw {@code NotFoundException}). Twin:
     * {@code sql/find_user_by_username.sql}.
     * <pre>{@code
     * select users.id, users.username
     * from users
     * where users.username = :username
     * }</pre>
     *
     * <p>Use it to look a user up by the name they typed. Not for a search by part of a name or ignoring case: that
     * is a {@code like} over many rows, fetched as a list. Pitfall: the schema compares usernames exactly, so
     * {@code Ann} and {@code ann}, or {@code 🐱cat} and {@code 🐶cat}, are two users; MariaDB needs its binary
     * collation ({@code utf8mb4_nopad_bin}) for that, because its default collation would call them equal and find
     * the wrong user. The unique key makes {@code fetchOptional()} safe: a second row cannot exist.
     */
    public ResultQuery<Record2<Long, String>> byUsername(String username) {
        Objects.requireNonNull(username, "username");
        return dsl.select(USERS.ID, USERS.USERNAME)
                .from(USERS)
                .where(USERS.USERNAME.eq(param("username", username)));
    }
}
