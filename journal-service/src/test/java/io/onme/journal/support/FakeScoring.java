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

/** The test's remote control for {@link FakeScoringServer}. */
public final class FakeScoring {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeScoring() {
    }

    private static String base() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.scoring.url", String.class);
    }

    /** Scoring answers 503 to everything until {@link #up()}. */
    public static void down() {
        send("/_fake/mode?value=down");
    }

    /** Scoring answers 422 (a permanent refusal) to everything until {@link #up()}. */
    public static void reject() {
        send("/_fake/mode?value=reject");
    }

    /**
     * Scoring answers normally, but PUTs only after 5 s: a score stays in flight while a DELETE
     * would not.
     */
    public static void slow() {
        send("/_fake/mode?value=slow");
    }

    /** How many calls for the encounter have arrived, answered or not. */
    public static long arrivals(String encounterId) {
        long count = 0;
        for (JsonNode id : send("/_fake/arrivals")) {
            count += id.asText().equals(encounterId) ? 1 : 0;
        }
        return count;
    }

    /** The revision of the score fact the fake holds for the encounter, or null. */
    public static Long storedRevision(String encounterId) {
        JsonNode fact = send("/_fake/fact?encounterId=" + encounterId);
        return fact.isNull() ? null : fact.asLong();
    }

    public static void up() {
        send("/_fake/mode?value=up");
    }

    /** Every call for one encounter, oldest first. */
    public static List<JsonNode> calls(String encounterId) {
        JsonNode all = send("/_fake/calls?encounterId=" + encounterId);
        List<JsonNode> calls = new ArrayList<>();
        all.forEach(calls::add);
        return calls;
    }

    /** Every call the fake has received, oldest first. */
    public static List<JsonNode> allCalls() {
        List<JsonNode> calls = new ArrayList<>();
        send("/_fake/calls").forEach(calls::add);
        return calls;
    }

    /** The calls for one encounter that scoring accepted (2xx). */
    public static List<JsonNode> accepted(String encounterId, String method) {
        return calls(encounterId).stream()
                .filter(c -> c.path("method").asText().equals(method))
                .filter(c -> c.path("status").asInt() / 100 == 2)
                .toList();
    }

    public static long failedAttempts(String encounterId) {
        return calls(encounterId).stream().filter(c -> c.path("status").asInt() == 503).count();
    }

    private static JsonNode send(String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("fake scoring answered " + response.statusCode());
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
