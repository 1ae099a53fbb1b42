package io.github.querycookbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.querycookbook.testing.DatabaseSetup;
import io.github.querycookbook.testing.DatabaseSetup.Setup;
import io.github.querycookbook.testing.EngineTest;
import io.github.querycookbook.testing.TestDatabase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * {@code getPost} is Flask's {@code first_or_404()}: a web layer maps {@link NotFoundException} to 404 in one place.
 * Shown with the JDK's own HTTP server, no framework.
 */
@DatabaseSetup(Setup.SOCIAL_FIXTURE)
class NotFoundHttpTest {

    @EngineTest
    void answers200WithThePostOr404NamingWhatWasMissing(TestDatabase db) throws Exception {
        // given GET /posts/{id} served by getPost
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/posts/", exchange -> servePost(exchange, db.queryCookbook()));
        server.start();
        try {
            // when
            HttpResponse<String> found = get(server, "/posts/1");
            HttpResponse<String> missing = get(server, "/posts/424242");

            // then
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).isEqualTo("Hello from Ann");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("No row in table posts with id 424242");
        } finally {
            server.stop(0);
        }
    }

    private static void servePost(HttpExchange exchange, Cookbook cookbook) throws IOException {
        long id = Long.parseLong(exchange.getRequestURI().getPath().substring("/posts/".length()));
        try {
            respond(exchange, 200, cookbook.getPost(id).content());
        } catch (NotFoundException e) {
            respond(exchange, 404, e.getMessage());
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static HttpResponse<String> get(HttpServer server, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
