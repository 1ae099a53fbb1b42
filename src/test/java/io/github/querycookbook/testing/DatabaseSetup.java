package io.github.querycookbook.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** How the fresh database of a test class is prepared; without this annotation it is {@link Setup#MIGRATED}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DatabaseSetup {

    Setup value();

    enum Setup {
        /** Nothing in it: for tests of the migrations themselves. */
        BLANK,
        /** {@code CookbookSchema.migrate} has run; the tables are empty. */
        MIGRATED,
        /** Migrated and filled with {@link SocialFixture}. */
        SOCIAL_FIXTURE
    }
}
