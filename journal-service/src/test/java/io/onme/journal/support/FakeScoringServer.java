package io.onme.journal.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.onme.devstores.testing.TestTokens;

/**
 * A stand-in for scoring-service inside the test JVM, on a free loopback port: answers {@code
 * PUT/DELETE /scores/{id}} like scoring does (or 503 while "down"), checks the service token as
 * scoring does (RS256 by the JWKS key its {@code kid} names, issuer, audience), and records every
 * call. Tests steer and read it over HTTP ({@code /_fake/*}), which works whatever class loader the
 * test runs in.
 */
public final class FakeScoringServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Path jwksFile;
    private final String audience;
    private volatile String mode = "up";
    private final List<ObjectNode> calls = new ArrayList<>();

    /**
     * Encounter ids as calls arrive, before they are answered (calls are recorded when answered).
     */
    private final List<String> arrivals = new ArrayList<>();

    /** Stored facts: encounterId → revision, as scoring keeps one per encounter. */
    private final Map<String, Long> facts = new ConcurrentHashMap<>();

    /** Whose the stored facts are: encounterId → "tenant/rep". */
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    private FakeScoringServer(HttpServer server, Path jwksFile, String audience) {
        this.server = server;
        this.jwksFile = jwksFile;
        this.audience = audience;
    }

    public static FakeScoringServer start(Path jwksFile) throws IOException {
        return start(jwksFile, TestTokens.SERVICE_AUDIENCE);
    }

    /**
     * A fake that takes service tokens for {@code audience}: scoring-service's, or
     * playbook-service's standing in for it on {@code DELETE /people/{personId}}.
     */
    public static FakeScoringServer start(Path jwksFile, String audience) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeScoringServer fake = new FakeScoringServer(http, jwksFile, audience);
        http.createContext("/scores/", fake::scores);
        http.createContext("/people/", fake::people);
        http.createContext("/_fake/", fake::control);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
        return fake;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    private void scores(HttpExchange exchange) throws IOException {
        String encounterId = exchange.getRequestURI().getPath().substring("/scores/".length());
        String method = exchange.getRequestMethod();
        synchronized (arrivals) {
            arrivals.add(encounterId);
        }
        if ("slow".equals(mode) && "PUT".equals(method)) {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ObjectNode call = JSON.createObjectNode();
        call.put("method", method);
        call.put("encounterId", encounterId);
        call.put("at", Instant.now().toString());
        JsonNode claims = claims(exchange.getRequestHeaders().getFirst("Authorization"), call);
        call.set("claims", claims);
        JsonNode body = null;
        byte[] raw = exchange.getRequestBody().readAllBytes();
        if (raw.length > 0) {
            body = JSON.readTree(raw);
            call.set("body", body);
        }
        int status;
        byte[] answer = new byte[0];
        if ("reject".equals(mode)) {
            status = 422;
        } else if (!"up".equals(mode) && !"slow".equals(mode)) {
            status = 503;
        } else if (!call.path("signatureValid").asBoolean()
                || !claims.path("groups").toString().contains("service")) {
            status = 401;
        } else if ("PUT".equals(method) && body != null) {
            status = 200;
            facts.merge(encounterId, body.path("revision").asLong(), Math::max);
            owners.put(
                    encounterId, claims.path("tid").asText() + "/" + body.path("repId").asText());
            answer = JSON.writeValueAsBytes(fact(encounterId, body));
        } else if ("DELETE".equals(method)) {
            owners.remove(encounterId);
            status = facts.remove(encounterId) != null ? 204 : 404;
        } else {
            status = 405;
        }
        call.put("status", status);
        synchronized (calls) {
            calls.add(call);
        }
        respond(exchange, status, answer);
    }

    /**
     * {@code DELETE /people/{personId}}: forgets the person's facts in the token's tenant (204,
     * also when there were none). Recorded like the score calls, under the key "people/{personId}".
     */
    private void people(HttpExchange exchange) throws IOException {
        String personId = exchange.getRequestURI().getPath().substring("/people/".length());
        String key = "people/" + personId;
        synchronized (arrivals) {
            arrivals.add(key);
        }
        ObjectNode call = JSON.createObjectNode();
        call.put("method", exchange.getRequestMethod());
        call.put("encounterId", key);
        call.put("at", Instant.now().toString());
        JsonNode claims = claims(exchange.getRequestHeaders().getFirst("Authorization"), call);
        call.set("claims", claims);
        exchange.getRequestBody().readAllBytes();
        int status;
        if ("reject".equals(mode)) {
            status = 422;
        } else if (!"up".equals(mode) && !"slow".equals(mode)) {
            status = 503;
        } else if (!call.path("signatureValid").asBoolean()
                || !claims.path("groups").toString().contains("service")) {
            status = 401;
        } else if ("DELETE".equals(exchange.getRequestMethod())) {
            String owner = claims.path("tid").asText() + "/" + personId;
            owners.entrySet()
                    .removeIf(
                            e -> {
                                if (e.getValue().equals(owner)) {
                                    facts.remove(e.getKey());
                                    return true;
                                }
                                return false;
                            });
            status = 204;
        } else {
            status = 405;
        }
        call.put("status", status);
        synchronized (calls) {
            calls.add(call);
        }
        respond(exchange, status, new byte[0]);
    }

    /** A ScoreFact like scoring's: a crude stance from the text is enough to see it copied. */
    private static ObjectNode fact(String encounterId, JsonNode request) {
        String text = request.path("reflection").asText();
        String stance;
        int score;
        if (text.contains("עליי") || text.toLowerCase().contains("on me")) {
            stance = "OWNERSHIP";
            score = 85;
        } else if (text.contains("אשם") || text.toLowerCase().contains("fault")) {
            stance = "BLAME";
            score = 15;
        } else {
            stance = "NEUTRAL";
            score = 50;
        }
        ObjectNode analysis = JSON.createObjectNode();
        analysis.put("language", request.path("language").asText());
        analysis.put("stance", stance);
        analysis.put("ownershipScore", score);
        analysis.putArray("blameTargets");
        analysis.putArray("evidence");
        analysis.putArray("reframes");
        analysis.put("analyzerVersion", "fake-1");
        ObjectNode fact = JSON.createObjectNode();
        fact.put("encounterId", encounterId);
        fact.put("revision", request.path("revision").asLong());
        fact.put("analyzerVersion", "fake-1");
        fact.put("scoredAt", Instant.now().toString());
        fact.set("analysis", analysis);
        return fact;
    }

    private JsonNode claims(String authorization, ObjectNode call) {
        call.put("signatureValid", false);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return JSON.createObjectNode();
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            call.set("header", header);
            PublicKey key = publicKey(header.path("kid").asText());
            if (key != null && "RS256".equals(header.path("alg").asText())) {
                Signature rs256 = Signature.getInstance("SHA256withRSA");
                rs256.initVerify(key);
                rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
                call.put(
                        "signatureValid",
                        rs256.verify(Base64.getUrlDecoder().decode(parts[2]))
                                && TestTokens.SERVICE_ISSUER.equals(claims.path("iss").asText())
                                && audience.equals(claims.path("aud").asText()));
            }
            return claims;
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    /** The key of the JWKS with that kid, or null. */
    private PublicKey publicKey(String kid) throws Exception {
        for (JsonNode jwk : JSON.readTree(Files.readString(jwksFile)).path("keys")) {
            if (jwk.path("kid").asText().equals(kid)) {
                return KeyFactory.getInstance("RSA")
                        .generatePublic(
                                new RSAPublicKeySpec(
                                        new BigInteger(
                                                1,
                                                Base64.getUrlDecoder()
                                                        .decode(jwk.path("n").asText())),
                                        new BigInteger(
                                                1,
                                                Base64.getUrlDecoder()
                                                        .decode(jwk.path("e").asText()))));
            }
        }
        return null;
    }

    private void control(HttpExchange exchange) throws IOException {
        String action = exchange.getRequestURI().getPath().substring("/_fake/".length());
        String query = exchange.getRequestURI().getQuery();
        byte[] answer = new byte[0];
        switch (action) {
            case "mode" -> mode = query.substring("value=".length());
            case "arrivals" -> {
                ArrayNode all = JSON.createArrayNode();
                synchronized (arrivals) {
                    arrivals.forEach(all::add);
                }
                answer = JSON.writeValueAsBytes(all);
            }
            case "fact" -> {
                Long revision = facts.get(query.substring("encounterId=".length()));
                answer = JSON.writeValueAsBytes(
                        revision == null
                                ? JSON.nullNode()
                                : JSON.getNodeFactory().numberNode(revision));
            }
            case "calls" -> {
                ArrayNode all = JSON.createArrayNode();
                synchronized (calls) {
                    for (ObjectNode call : calls) {
                        if (query == null
                                || call.path("encounterId")
                                        .asText()
                                        .equals(query.substring("encounterId=".length()))) {
                            all.add(call);
                        }
                    }
                }
                answer = JSON.writeValueAsBytes(all);
            }
            default -> {
                respond(exchange, 404, answer);
                return;
            }
        }
        respond(exchange, 200, answer);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (status == 204 || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
