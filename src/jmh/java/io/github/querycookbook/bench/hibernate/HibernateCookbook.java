package io.github.querycookbook.bench.hibernate;

import io.github.querycookbook.bench.SingleConnection;
import io.github.querycookbook.model.Post;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.model.PostWithLikers;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The seed recipes and the nested one as a Hibernate user writes them: a read-only session per call (as Spring's
 * {@code @Transactional(readOnly = true)} opens one per request), entities or constructor expressions, and
 * {@code join fetch} for the likers. Every call runs in auto-commit, like the jOOQ and JDBC variants.
 */
public final class HibernateCookbook implements AutoCloseable {

    private static final String POST_WITH_LIKERS =
            "select distinct p from PostEntity p left join fetch p.likers order by p.createdAt desc, p.id desc";

    private final SessionFactory sessions;

    public HibernateCookbook(SingleConnection dataSource) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(UserEntity.class)
                .addAnnotatedClass(PostEntity.class);
        configuration.getProperties().put(AvailableSettings.CONNECTION_PROVIDER, new SingleConnectionProvider(dataSource));
        configuration.getProperties().put(AvailableSettings.HBM2DDL_AUTO, "none");
        configuration.getProperties().put(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false");
        configuration.getProperties().put(AvailableSettings.USE_QUERY_CACHE, "false");
        this.sessions = configuration.buildSessionFactory();
    }

    /** Spring Data's {@code findAll(Sort.by(desc("createdAt"), desc("id")))}, mapped to the model. */
    public List<Post> postsNewestFirst() {
        return read(session -> session.createSelectionQuery(
                        "from PostEntity p order by p.createdAt desc, p.id desc", PostEntity.class)
                .getResultList().stream()
                .map(p -> new Post(p.getId(), p.getUserId(), p.getContent(), p.getCreatedAt()))
                .toList());
    }

    public List<PostLikeCount> postsByLikeCount() {
        return read(session -> session.createSelectionQuery("select new io.github.querycookbook.model.PostLikeCount("
                        + "p.id, p.content, p.userId, count(l)) from PostEntity p left join p.likers l "
                        + "group by p.id, p.content, p.userId order by count(l) desc, p.id", PostLikeCount.class)
                .getResultList());
    }

    public List<String> likersOfPostsBy(long authorId) {
        return read(session -> session.createSelectionQuery("select distinct u.username from PostEntity p "
                        + "join p.likers u where p.userId = :authorId order by u.username", String.class)
                .setParameter("authorId", authorId)
                .getResultList());
    }

    public List<PostWithLikers> postsWithLikers() {
        return read(session -> toModel(session.createSelectionQuery(POST_WITH_LIKERS, PostEntity.class)
                .getResultList()));
    }

    /** The nested recipe for the posts with ids {@code first} to {@code last}. */
    public List<PostWithLikers> postsWithLikers(long first, long last) {
        return read(session -> toModel(session.createSelectionQuery("select distinct p from PostEntity p "
                        + "left join fetch p.likers where p.id between :first and :last "
                        + "order by p.createdAt desc, p.id desc", PostEntity.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList()));
    }

    private static List<PostWithLikers> toModel(List<PostEntity> posts) {
        return posts.stream()
                .map(p -> new PostWithLikers(p.getId(), p.getContent(),
                        p.getLikers().stream().map(UserEntity::getUsername).sorted().toList()))
                .toList();
    }

    private <T> T read(Function<Session, T> work) {
        try (Session session = sessions.openSession()) {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        }
    }

    @Override
    public void close() {
        sessions.close();
    }
}
