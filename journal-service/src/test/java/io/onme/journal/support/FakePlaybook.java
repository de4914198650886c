package io.onme.journal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The test's remote control for the {@link FakeScoringServer} that stands in for playbook-service
 * (its {@code DELETE /people/{personId}}, recorded under "people/{personId}").
 */
public final class FakePlaybook {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakePlaybook() {
    }

    /** playbook answers 503 to everything until {@link #up()}. */
    public static void down() {
        send("/_fake/mode?value=down");
    }

    public static void up() {
        send("/_fake/mode?value=up");
    }

    /** Every erasure call for the person, oldest first. */
    public static List<JsonNode> erasures(String personId) {
        List<JsonNode> calls = new ArrayList<>();
        send("/_fake/calls?encounterId=people/" + personId).forEach(calls::add);
        return calls;
    }

    private static JsonNode send(String path) {
        String base = ConfigProvider.getConfig()
                .getValue("quarkus.rest-client.playbook.url", String.class);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("fake playbook answered " + response.statusCode());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
