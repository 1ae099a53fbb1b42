package io.github.querycookbook.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.querycookbook.model.PostLikeCount;
import io.github.querycookbook.testing.JsonTrees;
import java.util.List;

/** The JSON of {@code postsByLikeCountJson}, built by Jackson, and the canonical form both sides are compared in. */
final class JsonModel {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonModel() {
    }

    /** One object per post with the keys {@code content}, {@code id}, {@code like_count}, {@code user_id}, in order. */
    static String array(List<PostLikeCount> posts) {
        ArrayNode array = MAPPER.createArrayNode();
        posts.forEach(post -> array.addObject()
                .put("content", post.content())
                .put("id", post.id())
                .put("like_count", post.likeCount())
                .put("user_id", post.userId()));
        return array.toString();
    }

    /**
     * The document re-printed by Jackson: the same for any spacing and escaping, but keeping the key order, which
     * the recipe promises, and telling {@code 1} from {@code 1.0} or {@code "1"}.
     */
    static String canonical(String json) {
        return JsonTrees.parse(json).toString();
    }
}
