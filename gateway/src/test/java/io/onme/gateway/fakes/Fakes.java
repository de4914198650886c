package io.onme.gateway.fakes;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tests' handle on the fake services: recorded calls, stop/start, delays, failures, seeding.
 */
public final class Fakes {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Fakes() {
    }

    /** One recorded call to a fake service. */
    public record Call(
            String service,
            String method,
            String path,
            String query,
            String authorization,
            String requestId,
            String body,
            String traceparent) {
    }

    public static List<Call> calls() {
        JsonNode array = get("/calls");
        List<Call> calls = new ArrayList<>();
        for (JsonNode call : array) {
            calls.add(
                    new Call(
                            call.path("service").asText(),
                            call.path("method").asText(),
                            call.path("path").asText(),
                            call.path("query").asText(null),
                            call.path("authorization").asText(null),
                            call.path("requestId").asText(null),
                            call.path("body").asText(null),
                            call.path("traceparent").asText(null)));
        }
        return calls;
    }

    public static List<Call> calls(String service) {
        return calls().stream().filter(call -> call.service().equals(service)).toList();
    }

    /** Everything up, no delays or failures, no recorded calls. The data stays. */
    public static void reset() {
        get("/reset");
    }

    public static void stop(String service) {
        get("/stop?service=" + service);
    }

    public static void start(String service) {
        get("/start?service=" + service);
    }

    public static void delay(String service, int millis) {
        get("/delay?service=" + service + "&ms=" + millis);
    }

    public static void fail(String service, int status) {
        get("/fail?service=" + service + "&status=" + status);
    }

    /**
     * Only this tenant's calls to the service fail with the status; every other tenant is answered
     * as usual.
     */
    public static void fail(String service, int status, String tenant) {
        get("/fail?service=" + service + "&status=" + status + "&tenant=" + enc(tenant));
    }

    /**
     * {@link #reset()}, then {@link #seed}, then forgets the seeding's calls: a test sees only its
     * own.
     */
    public static List<String> resetAndSeed(String tenant, String rep, String team, int count) {
        return resetAndSeed(tenant, rep, team, count, true);
    }

    /**
     * As {@link #resetAndSeed(String, String, String, int)}; with {@code released} false the
     * readings wait for their rep (rep first), as a logged encounter's do by default.
     */
    public static List<String> resetAndSeed(
            String tenant, String rep, String team, int count, boolean released) {
        reset();
        List<String> ids = seed(tenant, rep, team, count, released);
        reset();
        return ids;
    }

    /**
     * Stores {@code count} encounters of a rep directly in the fake journal (and so in the fake
     * scoring).
     */
    public static List<String> seed(String tenant, String rep, String team, int count) {
        return seed(tenant, rep, team, count, true);
    }

    public static List<String> seed(
            String tenant, String rep, String team, int count, boolean released) {
        JsonNode ids = get(
                "/seed?tenant="
                        + enc(tenant)
                        + "&rep="
                        + enc(rep)
                        + "&team="
                        + enc(team)
                        + "&count="
                        + count
                        + "&released="
                        + released);
        List<String> result = new ArrayList<>();
        ids.forEach(id -> result.add(id.asText()));
        return result;
    }

    private static JsonNode get(String pathAndQuery) {
        String base = ConfigProvider.getConfig().getValue("onme.test.fakes-url", String.class);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return FakeServices.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("fake control failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
