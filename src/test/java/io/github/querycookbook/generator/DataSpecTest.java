package io.github.querycookbook.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the generator accepts: counts of 0 or more, an author for every post, no more likes than (user, post) pairs. */
class DataSpecTest {

    @Test
    void refusesANegativeNumberOfUsers() {
        assertThatThrownBy(() -> new DataSpec(-1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("users must be at least 0, was -1");
    }

    @Test
    void refusesANegativeNumberOfPosts() {
        assertThatThrownBy(() -> new DataSpec(1, -5, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("posts must be at least 0, was -5");
    }

    @Test
    void refusesANegativeNumberOfLikes() {
        assertThatThrownBy(() -> new DataSpec(1, 1, -2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("likes must be at least 0, was -2");
    }

    @Test
    void refusesPostsWithoutAnyUserToWriteThem() {
        assertThatThrownBy(() -> new DataSpec(0, 3, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("posts need authors: users must be at least 1 when posts is 3");
    }

    @Test
    void refusesMoreLikesThanDistinctUserAndPostPairs() {
        assertThatThrownBy(() -> new DataSpec(4, 5, 21, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("likes must be at most users × posts = 4 × 5 = 20 (each like is a distinct user and "
                        + "post), was 21");
    }

    @Test
    void acceptsEveryPairLikedAndAnEmptySpec() {
        assertThat(new DataSpec(4, 5, 20, 1).rows()).isEqualTo(29);
        assertThat(new DataSpec(0, 0, 0, 1).rows()).isZero();
    }

    @Test
    void usesSeedOneByDefault() {
        assertThat(DataSpec.of(2, 3, 4)).isEqualTo(new DataSpec(2, 3, 4, 1));
    }

    @Test
    void namesTheNullArgument() {
        DataGenerator generator = new DataGenerator(DataSpec.of(1, 1, 1));

        assertThatThrownBy(() -> new DataGenerator(null)).isInstanceOf(NullPointerException.class).hasMessage("spec");
        assertThatThrownBy(() -> generator.load(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("dataSource");
        assertThatThrownBy(() -> generator.load(new org.h2.jdbcx.JdbcDataSource(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("progress");
    }
}
