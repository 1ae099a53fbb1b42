package io.github.querycookbook;

import static io.github.querycookbook.testing.SocialFixture.ANN;
import static io.github.querycookbook.testing.SocialFixture.QUIET;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.querycookbook.model.Post;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.GaleraTest;
import io.github.querycookbook.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Why the cluster URL carries {@code sessionVariables=wsrep_sync_wait=7}. A node applies the other nodes' commits in
 * its own time, and answers a read from what it has applied so far. Here node 2 lags for certain: a session holds
 * {@code FLUSH TABLES WITH READ LOCK} there, which stops the node applying the cluster's writes until it unlocks.
 * Any read recipe is then stale on that node, and a caller whose next call lands there misses its own write.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class CausalReadsTest {

    @GaleraTest
    void aLaggingNodeAnswersFromOldDataWithoutCausalReadsAndWaitsForTheWritesWithThem(TestDatabase db)
            throws Exception {
        QueryCookbook onNode1 = cookbook(db.onNode(1, 7));
        QueryCookbook staleOnNode2 = cookbook(db.onNode(2, 0));
        QueryCookbook causalOnNode2 = cookbook(db.onNode(2, 7));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection lock = db.onNode(2, 0).getConnection(); Statement statement = lock.createStatement()) {
            // given node 2, which applies nothing while a session holds its read lock
            statement.execute("flush tables with read lock");

            // when ann writes a post and quiet likes it, through node 1
            Post post = onNode1.createPost(ANN, "written on node 1");
            assertThat(onNode1.like(QUIET, post.id())).isTrue();

            // then node 2 without causal reads knows neither
            assertThat(staleOnNode2.findPost(post.id())).isEmpty();
            assertThat(staleOnNode2.hasLiked(QUIET, post.id())).isFalse();
            assertThat(staleOnNode2.postsBy(ANN)).extracting(Post::content).doesNotContain("written on node 1");

            // and with causal reads it waits until it has applied them
            CompletableFuture<List<Object>> causal = CompletableFuture.supplyAsync(() -> List.of(
                    causalOnNode2.findPost(post.id()), causalOnNode2.hasLiked(QUIET, post.id())), thread);
            Thread.sleep(500);
            assertThat(causal).isNotDone();
            statement.execute("unlock tables");
            assertThat(causal.get(30, TimeUnit.SECONDS)).containsExactly(Optional.of(post), true);
        } finally {
            thread.shutdownNow();
        }
    }

    private static QueryCookbook cookbook(DataSource node) {
        return new QueryCookbook(DSL.using(node, SQLDialect.MARIADB));
    }
}
