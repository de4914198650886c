package io.onme.gateway.fakes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The three services the gateway talks to, faked inside the test JVM on free loopback ports with
 * the JDK's HTTP server. They answer the JSON of docs/service-apis.md (tenant from the token's
 * {@code tid}, 404 across tenants, problem details on errors), record every call with its {@code
 * Authorization} and {@code X-Request-Id} headers, and can be stopped, slowed or made to fail
 * through a small control server, so tests need no shared static state across class loaders.
 */
public final class FakeServices {

    /** What playbook-service's summary view leaves out. */
    private static final List<String> PLAYBOOK_CONTENT = List.of("stance", "steps", "phrasesToUse", "phrasesToAvoid");

    /** What scoring-service's summary view leaves out. */
    private static final List<String> ANALYSIS_DETAIL = List.of("evidence", "reframes");

    static final ObjectMapper JSON = new ObjectMapper();

    /** What journal-service's POST /encounters accepts; any other field is a 400, as there. */
    private static final List<String> LOG_ENCOUNTER_FIELDS = List.of(
            "customer",
            "occurredAt",
            "channel",
            "archetype",
            "intensity",
            "tactics",
            "playbookIds",
            "outcome",
            "dealValue",
            "reflection",
            "language",
            "followUpAt",
            "teamId",
            "clientRequestId");

    static final List<String> ARCHETYPES = List.of(
            "SKEPTICAL",
            "ANTAGONISTIC",
            "UNINTERESTED",
            "HOSTILE",
            "CLOSED",
            "DISTRUSTFUL",
            "PRICE_FOCUSED",
            "NOT_LISTENING",
            "READY");
    static final Map<String, String> HEBREW_NAMES = Map.of(
            "SKEPTICAL",
            "הספקן",
            "ANTAGONISTIC",
            "המתנגד",
            "UNINTERESTED",
            "האדיש",
            "HOSTILE",
            "העוין",
            "CLOSED",
            "הסגור",
            "DISTRUSTFUL",
            "החשדן",
            "PRICE_FOCUSED",
            "ממוקד המחיר",
            "NOT_LISTENING",
            "שאינו מקשיב",
            "READY",
            "המוכן");

    private final Map<String, Service> services = new LinkedHashMap<>();
    private final List<ObjectNode> calls = new CopyOnWriteArrayList<>();
    private final HttpServer control;

    // the data, per tenant
    private final Map<String, ObjectNode> encounters = new ConcurrentHashMap<>();
    private final Map<String, String> encounterTenant = new ConcurrentHashMap<>();

    /** tenant|rep|clientRequestId → the encounter that POST created. */
    private final Map<String, String> encountersByClientRequest = new ConcurrentHashMap<>();

    private final Map<String, ObjectNode> playbooks = new ConcurrentHashMap<>();
    private final Map<String, String> playbookTenant = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    // scoring-service's readings and their history per encounter id, its settings per tenant
    private final Map<String, ObjectNode> readings = new ConcurrentHashMap<>();
    private final Map<String, ArrayNode> readingHistory = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> readingSettings = new ConcurrentHashMap<>();

    // scoring-service's tenant phrases by id and rescore jobs by id, each with its tenant
    private final Map<String, ObjectNode> tenantPhrases = new ConcurrentHashMap<>();
    private final Map<String, String> tenantPhraseTenant = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> rescoreJobs = new ConcurrentHashMap<>();
    private final Map<String, String> rescoreJobTenant = new ConcurrentHashMap<>();

    // journal-service's retention setting per tenant and its erasures by id
    private final Map<String, Integer> retention = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> erasures = new ConcurrentHashMap<>();
    private final Map<String, String> erasureTenant = new ConcurrentHashMap<>();

    public FakeServices() throws IOException {
        services.put("playbook", new Service("playbook", this::playbook));
        services.put("journal", new Service("journal", this::journal));
        services.put("scoring", new Service("scoring", this::scoring));
        for (String key : ARCHETYPES) {
            for (String language : List.of("HE", "EN")) {
                ObjectNode playbook = builtIn(key, language);
                playbooks.put(playbook.get("id").asText(), playbook);
            }
        }
        control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        control.createContext("/", this::control);
        control.setExecutor(Executors.newFixedThreadPool(2));
        control.start();
    }

    public Map<String, String> config() {
        return Map.of(
                "PLAYBOOK_URL", services.get("playbook").url(),
                "JOURNAL_URL", services.get("journal").url(),
                "SCORING_URL", services.get("scoring").url(),
                "onme.test.fakes-url", "http://127.0.0.1:" + control.getAddress().getPort());
    }

    public void stop() {
        services.values().forEach(Service::stop);
        control.stop(0);
    }

    // ---------------------------------------------------------------- control

    private void control(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = query(exchange.getRequestURI());
        String path = exchange.getRequestURI().getPath();
        Service service = services.get(first(query, "service"));
        switch (path) {
            case "/calls" -> {
                ArrayNode array = JSON.createArrayNode();
                calls.forEach(array::add);
                send(exchange, 200, array);
                return;
            }
            case "/reset" -> {
                calls.clear();
                for (Service each : services.values()) {
                    each.delayMillis = 0;
                    each.failStatus = 0;
                    each.failTenant = null;
                    each.start();
                }
            }
            case "/stop" -> service.stop();
            case "/start" -> service.start();
            case "/delay" -> service.delayMillis = Integer.parseInt(first(query, "ms"));
            case "/fail" -> {
                // with a tenant, only that tenant's calls fail (the others are answered as usual)
                service.failTenant = first(query, "tenant");
                service.failStatus = Integer.parseInt(first(query, "status"));
            }
            case "/seed" -> {
                ArrayNode created = JSON.createArrayNode();
                int count = Integer.parseInt(first(query, "count"));
                // seeded readings are released to coaches unless released=false (rep first)
                boolean released = !"false".equals(first(query, "released"));
                for (int i = 0; i < count; i++) {
                    ObjectNode body = JSON.createObjectNode();
                    body.putObject("customer").put("name", "לקוח " + i);
                    body.put(
                            "occurredAt",
                            Instant.parse("2026-10-01T08:00:00Z")
                                    .plusSeconds(3600L * i)
                                    .toString());
                    body.put("archetype", ARCHETYPES.get(i % ARCHETYPES.size()));
                    body.put("outcome", i % 2 == 0 ? "WON" : "LOST");
                    body.put(
                            "reflection",
                            i % 3 == 0
                                    ? "הלקוח התלונן על המחיר, המחיר גבוה מדי"
                                    : "I prepared better and asked more");
                    body.putArray("playbookIds")
                            .add("pb-" + ARCHETYPES.get(i % ARCHETYPES.size()) + "-HE")
                            .add("pb-READY-EN");
                    body.put("teamId", first(query, "team"));
                    created.add(
                            storeEncounter(
                                    first(query, "tenant"),
                                    first(query, "rep"),
                                    first(query, "rep"),
                                    List.of(first(query, "team")),
                                    body,
                                    released)
                                    .get("id"));
                }
                send(exchange, 200, created);
                return;
            }
            default -> {
                send(exchange, 404, JSON.createObjectNode());
                return;
            }
        }
        send(exchange, 200, JSON.createObjectNode().put("ok", true));
    }

    // ---------------------------------------------------------------- playbook-service

    private Reply playbook(Request request) {
        String[] p = request.segments();
        if (request.is("GET", "archetypes")) {
            ArrayNode all = JSON.createArrayNode();
            ARCHETYPES.forEach(key -> all.add(archetype(key)));
            return Reply.ok(all);
        }
        if (request.is("GET", "playbooks", "batch")) {
            if (!unique(request.params("id"))) {
                return Reply.problem(400, "id", "must be unique");
            }
            ArrayNode found = JSON.createArrayNode();
            for (String id : request.params("id")) {
                if (visiblePlaybook(request, id)) {
                    found.add(playbooks.get(id));
                }
            }
            return Reply.ok(found);
        }
        if (request.is("GET", "playbooks")) {
            List<JsonNode> matching = new ArrayList<>();
            String status = request.param("status") == null ? "PUBLISHED" : request.param("status");
            playbooks.keySet().stream()
                    .sorted()
                    .forEach(
                            id -> {
                                JsonNode playbook = playbooks.get(id);
                                if (visiblePlaybook(request, id)
                                        && matches(
                                                playbook, "archetype", request.param("archetype"))
                                        && matches(playbook, "language", request.param("language"))
                                        && matches(playbook, "status", status)
                                        && (request.param("q") == null
                                                || playbook.get("title")
                                                        .asText()
                                                        .contains(request.param("q")))) {
                                    matching.add(playbook);
                                }
                            });
            return Reply.ok(page(matching, request));
        }
        if (request.is("POST", "playbooks", "suggestions")) {
            List<String> requestKeys = new ArrayList<>();
            request.body()
                    .path("requests")
                    .forEach(entry -> requestKeys.add(entry.path("key").asText()));
            if (!unique(requestKeys)) {
                return Reply.problem(400, "requests.key", "must be unique");
            }
            ObjectNode results = JSON.createObjectNode();
            for (JsonNode entry : request.body().get("requests")) {
                ArrayNode suggested = results.putArray(entry.get("key").asText());
                List<String> keys = new ArrayList<>();
                for (JsonNode target : entry.path("blameTargets")) {
                    if (target.asText().equals("PRICE")) {
                        keys.add("PRICE_FOCUSED");
                    }
                    if (target.asText().equals("CUSTOMER")) {
                        keys.add("NOT_LISTENING");
                    }
                }
                if (entry.hasNonNull("archetype")) {
                    keys.add(entry.get("archetype").asText());
                }
                String language = entry.path("language").asText("EN");
                boolean summary = "summary".equals(request.param("view"));
                keys.stream()
                        .distinct()
                        .limit(entry.path("limit").asInt(3))
                        .map(key -> playbooks.get("pb-" + key + "-" + language))
                        .map(
                                playbook -> summary
                                        ? playbook.deepCopy().without(PLAYBOOK_CONTENT)
                                        : playbook)
                        .forEach(suggested::add);
            }
            return Reply.ok(JSON.createObjectNode().set("results", results));
        }
        if (request.is("POST", "playbooks")) {
            JsonNode body = request.body();
            if (body.path("title").asText().isBlank()) {
                return Reply.problem(400, "title", "must not be blank");
            }
            ObjectNode playbook = body.deepCopy();
            String id = "pb-own-" + ids.incrementAndGet();
            playbook.put("id", id)
                    .put("version", 0)
                    .put("status", "DRAFT")
                    .put("builtIn", false)
                    .put("revision", 1)
                    .put("updatedAt", Instant.now().toString());
            playbook.remove("expectedRevision");
            numberSteps(playbook);
            playbooks.put(id, playbook);
            playbookTenant.put(id, request.tenant());
            return Reply.status(201, playbook);
        }
        if (p.length >= 2 && p[0].equals("playbooks")) {
            String id = p[1];
            if (!visiblePlaybook(request, id)) {
                return Reply.problem(404, null, null);
            }
            ObjectNode playbook = playbooks.get(id);
            if (request.method().equals("GET") && p.length == 2) {
                return Reply.ok(playbook);
            }
            if (playbook.path("builtIn").asBoolean()) {
                return Reply.problem(404, null, null);
            }
            if (request.method().equals("PUT") && p.length == 2) {
                JsonNode body = request.body();
                if (body.hasNonNull("expectedRevision")
                        && body.get("expectedRevision").asLong() != playbook.get("revision").asLong()) {
                    return Reply.problem(409, null, null);
                }
                body.properties()
                        .forEach(
                                field -> {
                                    if (!field.getKey().equals("expectedRevision")) {
                                        playbook.set(field.getKey(), field.getValue());
                                    }
                                });
                numberSteps(playbook);
                playbook.put("revision", playbook.get("revision").asLong() + 1)
                        .put("status", "DRAFT");
                return Reply.ok(playbook);
            }
            if (request.method().equals("POST") && p.length == 3 && p[2].equals("publish")) {
                playbook.put("status", "PUBLISHED")
                        .put("version", playbook.get("version").asInt() + 1)
                        .put("revision", playbook.get("revision").asLong() + 1);
                return Reply.ok(playbook);
            }
            if (request.method().equals("POST") && p.length == 3 && p[2].equals("archive")) {
                playbook.put("status", "ARCHIVED")
                        .put("revision", playbook.get("revision").asLong() + 1);
                return Reply.ok(playbook);
            }
        }
        return Reply.problem(404, null, null);
    }

    private boolean visiblePlaybook(Request request, String id) {
        ObjectNode playbook = playbooks.get(id);
        return playbook != null
                && (playbook.path("builtIn").asBoolean()
                        || request.tenant().equals(playbookTenant.get(id)));
    }

    private static ObjectNode archetype(String key) {
        ObjectNode archetype = JSON.createObjectNode().put("key", key).put("difficulty", 1 + key.length() % 5);
        archetype.putObject("name").put("HE", HEBREW_NAMES.get(key)).put("EN", title(key));
        ObjectNode signals = archetype.putObject("signals");
        signals.putArray("HE").add("סימן של " + HEBREW_NAMES.get(key));
        signals.putArray("EN").add("A sign of the " + title(key).toLowerCase() + " customer");
        archetype
                .putObject("ownershipStance")
                .put("HE", "מה אני יכול לעשות אחרת מול " + HEBREW_NAMES.get(key))
                .put(
                        "EN",
                        "What can I do differently with a "
                                + title(key).toLowerCase()
                                + " customer");
        return archetype;
    }

    private static ObjectNode builtIn(String key, String language) {
        ObjectNode playbook = JSON.createObjectNode()
                .put("id", "pb-" + key + "-" + language)
                .put("archetype", key)
                .put("language", language)
                .put(
                        "title",
                        language.equals("HE")
                                ? "מול " + HEBREW_NAMES.get(key)
                                : "Facing the " + title(key))
                .put(
                        "stance",
                        language.equals("HE")
                                ? "אני אחראי לשיחה"
                                : "I own the conversation");
        playbook.putArray("steps")
                .addObject()
                .put("position", 1)
                .put("title", language.equals("HE") ? "להקשיב" : "Listen")
                .putNull("detail");
        playbook.putArray("phrasesToUse")
                .add(language.equals("HE") ? "מה חשוב לך?" : "What matters to you?");
        playbook.putArray("phrasesToAvoid")
                .add(language.equals("HE") ? "זה לא תלוי בי" : "It is not up to me");
        playbook.putNull("teamId");
        playbook.putArray("tags");
        playbook.put("version", 1)
                .put("status", "PUBLISHED")
                .put("builtIn", true)
                .put("updatedAt", "2026-01-01T00:00:00Z")
                .put("revision", 1);
        return playbook;
    }

    private static void numberSteps(ObjectNode playbook) {
        int position = 1;
        for (JsonNode step : playbook.withArray("steps")) {
            ((ObjectNode) step).put("position", position++);
        }
    }

    // ---------------------------------------------------------------- journal-service

    private Reply journal(Request request) {
        String[] p = request.segments();
        if (p.length >= 1 && List.of("settings", "admin", "erasures", "people").contains(p[0])) {
            return dataRights(request, p);
        }
        if (request.is("POST", "encounters")) {
            JsonNode body = request.body();
            List<String> unknown = new ArrayList<>();
            body.fieldNames()
                    .forEachRemaining(
                            field -> {
                                if (!LOG_ENCOUNTER_FIELDS.contains(field)) {
                                    unknown.add(field);
                                }
                            });
            if (!unknown.isEmpty()) {
                return Reply.problem(400, unknown.get(0), "unknown field");
            }
            if (body.path("reflection").asText().isBlank()) {
                return Reply.problem(400, "reflection", "must not be blank");
            }
            if (!body.hasNonNull("clientRequestId")) {
                return Reply.status(
                        201,
                        storeEncounter(
                                request.tenant(),
                                request.claim("sub"),
                                request.claim("name"),
                                request.claims("teams"),
                                body,
                                releasedAtOnce(request.tenant())));
            }
            // as journal-service: the same key from the same rep is the same encounter (200), a new
            // key a new one
            String key = request.tenant()
                    + "|"
                    + request.claim("sub")
                    + "|"
                    + body.get("clientRequestId").asText();
            boolean[] created = new boolean[1];
            String id = encountersByClientRequest.computeIfAbsent(
                    key,
                    k -> {
                        created[0] = true;
                        return storeEncounter(
                                request.tenant(),
                                request.claim("sub"),
                                request.claim("name"),
                                request.claims("teams"),
                                body,
                                releasedAtOnce(request.tenant()))
                                .get("id")
                                .asText();
                    });
            return Reply.status(created[0] ? 201 : 200, encounters.get(id));
        }
        if (request.is("GET", "encounters", "batch")) {
            if (!unique(request.params("id"))) {
                return Reply.problem(400, "id", "must be unique");
            }
            ArrayNode found = JSON.createArrayNode();
            for (String id : request.params("id")) {
                if (request.tenant().equals(encounterTenant.get(id))) {
                    found.add(encounters.get(id));
                }
            }
            return Reply.ok(found);
        }
        if (request.is("GET", "encounters")) {
            List<JsonNode> mine = encounters.values().stream()
                    .filter(
                            e -> request.tenant()
                                    .equals(
                                            encounterTenant.get(
                                                    e.get("id").asText())))
                    .filter(e -> matches(e, "teamId", request.param("teamId")))
                    .filter(e -> matches(e, "outcome", request.param("outcome")))
                    .sorted(
                            (a, b) -> b.get("occurredAt")
                                    .asText()
                                    .compareTo(a.get("occurredAt").asText()))
                    .map(JsonNode.class::cast)
                    .toList();
            return Reply.ok(page(mine, request));
        }
        if (p.length >= 2 && p[0].equals("encounters")) {
            ObjectNode encounter = encounters.get(p[1]);
            if (encounter == null || !request.tenant().equals(encounterTenant.get(p[1]))) {
                return Reply.problem(404, null, null);
            }
            if (request.method().equals("GET") && p.length == 2) {
                return Reply.ok(encounter);
            }
            if (request.method().equals("PATCH") && p.length == 2) {
                request.body()
                        .properties()
                        .forEach(field -> encounter.set(field.getKey(), field.getValue()));
                encounter
                        .put("revision", encounter.get("revision").asLong() + 1)
                        .put("updatedAt", Instant.now().toString());
                if (request.body().has("reflection")) {
                    resetReading(p[1], encounter, request.claim("sub"));
                }
                return Reply.ok(encounter);
            }
            if (request.method().equals("POST") && p.length == 3 && p[2].equals("notes")) {
                ObjectNode note = JSON.createObjectNode()
                        .put("id", "note-" + ids.incrementAndGet())
                        .put("authorId", request.claim("sub"))
                        .put("text", request.body().path("text").asText())
                        .put("createdAt", Instant.now().toString());
                encounter.withArray("notes").add(note);
                return Reply.status(201, note);
            }
        }
        return Reply.problem(404, null, null);
    }

    private ObjectNode storeEncounter(
            String tenant,
            String rep,
            String repName,
            List<String> teams,
            JsonNode body,
            boolean released) {
        String id = "enc-" + ids.incrementAndGet();
        ObjectNode encounter = JSON.createObjectNode().put("id", id).put("repId", rep).put("repName", repName);
        encounter.put(
                "teamId",
                body.hasNonNull("teamId")
                        ? body.get("teamId").asText()
                        : teams.isEmpty() ? "no-team" : teams.get(0));
        JsonNode customer = body.path("customer");
        encounter
                .putObject("customer")
                .put(
                        "id",
                        customer.hasNonNull("id")
                                ? customer.get("id").asText()
                                : "cus-"
                                        + Integer.toHexString(
                                                customer.path("name").asText().hashCode()))
                .put("name", customer.path("name").asText("?"));
        for (String field : List.of(
                "occurredAt",
                "channel",
                "archetype",
                "intensity",
                "outcome",
                "dealValue",
                "reflection",
                "followUpAt")) {
            encounter.set(field, body.hasNonNull(field) ? body.get(field) : JSON.nullNode());
        }
        encounter.set(
                "tactics",
                body.hasNonNull("tactics") ? body.get("tactics") : JSON.createArrayNode());
        encounter.set(
                "playbookIds",
                body.hasNonNull("playbookIds") ? body.get("playbookIds") : JSON.createArrayNode());
        String reflection = body.path("reflection").asText();
        encounter.put(
                "language",
                body.hasNonNull("language") ? body.get("language").asText() : detect(reflection));
        encounter.putArray("notes");
        String now = Instant.now().toString();
        encounter
                .put("createdAt", now)
                .put("updatedAt", now)
                .put("revision", 1)
                .put("scoreStatus", "SCORED");
        ObjectNode analysis = analyse(reflection, encounter.get("language").asText());
        encounter
                .putObject("score")
                .put("stance", analysis.get("stance").asText())
                .put("ownershipScore", analysis.get("ownershipScore").asInt())
                .put("analyzerVersion", "fake-1");
        encounters.put(id, encounter);
        encounterTenant.put(id, tenant);
        readings.put(id, newReading(analysis, released));
        return encounter;
    }

    // ---------------------------------------------------------------- scoring-service

    private Reply scoring(Request request) {
        String[] p = request.segments();
        if (request.is("POST", "analyses")) {
            String text = request.body().path("text").asText();
            if (text.length() > 10_000) {
                return Reply.problem(400, "text", "must be at most 10000 characters");
            }
            String language = request.body().hasNonNull("language")
                    ? request.body().get("language").asText().toUpperCase()
                    : detect(text);
            return Reply.ok(analyse(text, language));
        }
        if (request.is("GET", "scores", "batch")) {
            if (!unique(request.params("encounterId"))) {
                return Reply.problem(400, "encounterId", "must be unique");
            }
            boolean summary = "summary".equals(request.param("view"));
            ArrayNode facts = JSON.createArrayNode();
            for (String id : request.params("encounterId")) {
                ObjectNode encounter = encounters.get(id);
                if (encounter != null && request.tenant().equals(encounterTenant.get(id))) {
                    ObjectNode fact = facts.addObject()
                            .put("encounterId", id)
                            .put("revision", encounter.get("revision").asLong())
                            .put("analyzerVersion", "fake-1")
                            .put("scoredAt", encounter.get("updatedAt").asText());
                    ObjectNode reading = readings.get(id);
                    boolean rep = encounter.get("repId").asText().equals(request.claim("sub"));
                    if (!rep && !reading.get("releasedToCoaches").asBoolean()) {
                        // rep first: a coach gets neither the analysis nor the reading yet
                        fact.putNull("analysis");
                        fact.putNull("reading");
                        fact.put("withheld", true);
                        continue;
                    }
                    fact.set(
                            "analysis",
                            analyse(
                                    encounter.get("reflection").asText(),
                                    encounter.get("language").asText())
                                    .without(summary ? ANALYSIS_DETAIL : List.of()));
                    fact.set("reading", reading.deepCopy());
                    fact.put("withheld", false);
                }
            }
            return Reply.ok(facts);
        }
        if (p.length >= 1 && p[0].equals("tenant-phrases")
                || p.length >= 2 && p[0].equals("admin") && p[1].equals("rescore")) {
            return analyserAdmin(request, p);
        }
        if (p.length >= 1 && (p[0].equals("readings") || p[0].equals("people"))) {
            return readings(request, p);
        }
        if (p.length == 2 && p[0].equals("profiles") && request.method().equals("GET")) {
            boolean known = p[1].equals(request.claim("sub"))
                    || encounters.values().stream()
                            .anyMatch(
                                    e -> request.tenant()
                                            .equals(
                                                    encounterTenant.get(
                                                            e.get("id")
                                                                    .asText()))
                                            && p[1].equals(
                                                    e.get("repId").asText()));
            return known
                    ? Reply.ok(profile(request.tenant(), p[1], request.param("window")))
                    : Reply.problem(404, null, null);
        }
        if (p.length == 2 && p[0].equals("teams") && request.method().equals("GET")) {
            // several teams at once, keyed by team id; teams the caller may not see are left out
            if (!unique(request.params("id"))) {
                return Reply.problem(400, "id", "must be unique");
            }
            ObjectNode byTeam = JSON.createObjectNode();
            boolean admin = request.claims("groups").contains("admin");
            for (String team : new java.util.LinkedHashSet<>(request.params("id"))) {
                if (!admin && !request.claims("teams").contains(team)) {
                    continue;
                }
                List<String> reps = encounters.values().stream()
                        .filter(
                                e -> request.tenant()
                                        .equals(
                                                encounterTenant.get(
                                                        e.get("id")
                                                                .asText()))
                                        && team.equals(e.get("teamId").asText()))
                        .map(e -> e.get("repId").asText())
                        .distinct()
                        .sorted()
                        .toList();
                ArrayNode value = byTeam.putArray(team);
                switch (p[1]) {
                    case "leaderboards" ->
                        reps.forEach(
                                rep -> value.add(
                                        profile(
                                                request.tenant(),
                                                rep,
                                                request.param("window"))));
                    case "members" ->
                        reps.forEach(
                                rep -> value.add(
                                        profile(request.tenant(), rep, null)
                                                .get("rep")));
                    case "ownership-outcomes" -> {
                        for (int q = 1; q <= 4; q++) {
                            value.addObject()
                                    .put("quartile", q)
                                    .put("minScore", (q - 1) * 25.0)
                                    .put("maxScore", q * 25.0)
                                    .put("encounters", q)
                                    .put("winRate", q / 4.0);
                        }
                    }
                    default -> {
                        return Reply.problem(404, null, null);
                    }
                }
            }
            return Reply.ok(byTeam);
        }
        return Reply.problem(404, null, null);
    }

    // ---------------------------------------------------------------- scoring-service's readings

    private static final List<String> STANCES = List.of("OWNERSHIP", "BLAME", "HELPLESS", "MIXED", "NEUTRAL");

    private ObjectNode settingsOf(String tenant) {
        return readingSettings.computeIfAbsent(
                tenant,
                t -> JSON.createObjectNode()
                        .put("coachVisibility", "AFTER_REP_SEEN")
                        .put("coachDelayHours", 48)
                        .put("repsSeeLeaderboard", false)
                        .put("reviewConfidenceBelow", 0.6)
                        .put("trainingConsent", false));
    }

    private boolean releasedAtOnce(String tenant) {
        return settingsOf(tenant).get("coachVisibility").asText().equals("IMMEDIATE");
    }

    private static ObjectNode newReading(JsonNode analysis, boolean released) {
        ObjectNode reading = JSON.createObjectNode()
                .put("stance", analysis.get("stance").asText())
                .put("ownershipScore", analysis.get("ownershipScore").asInt());
        reading.set("blameTargets", analysis.get("blameTargets").deepCopy());
        reading.put("state", "UNREVIEWED").put("machineStance", analysis.get("stance").asText());
        reading.set("machineBlameTargets", analysis.get("blameTargets").deepCopy());
        reading.put("confidence", analysis.get("confidence").asDouble());
        reading.putNull("seenByRepAt");
        reading.put("releasedToCoaches", released);
        for (String field : List.of("disputeNote", "disputedAt", "reviewedBy", "reviewedAt", "reviewNote")) {
            reading.putNull(field);
        }
        return reading;
    }

    /** A new revision is a new text: a new machine reading, UNREVIEWED, RESET in the history. */
    private void resetReading(String id, ObjectNode encounter, String actor) {
        ObjectNode before = readings.get(id);
        ObjectNode analysis = analyse(encounter.get("reflection").asText(), encounter.get("language").asText());
        readings.put(
                id,
                newReading(
                        analysis, before != null && before.get("releasedToCoaches").asBoolean()));
        if (before != null && !before.get("state").asText().equals("UNREVIEWED")) {
            change(id, actor, "RESET", null, null, null);
        }
    }

    private void change(
            String id,
            String actor,
            String action,
            String stance,
            JsonNode blameTargets,
            String note) {
        ObjectNode entry = readingHistory
                .computeIfAbsent(id, k -> JSON.createArrayNode())
                .addObject()
                .put("at", Instant.now().toString())
                .put("actorId", actor)
                .put("action", action)
                .put("stance", stance);
        entry.set("blameTargets", blameTargets == null ? JSON.nullNode() : blameTargets);
        entry.put("note", note);
    }

    /**
     * scoring-service's {@code /tenant-phrases} and {@code /admin/rescore}: admins only (404 for
     * anyone else, as there), the tenant's own rows only. A rescore job advances by half of the
     * tenant's encounters each time it is asked for, so a client sees it run and finish.
     */
    private Reply analyserAdmin(Request request, String[] p) {
        String tenant = request.tenant();
        if (!hasRole(request, "admin")) {
            return Reply.problem(404, null, null);
        }
        if (request.is("GET", "tenant-phrases")) {
            ArrayNode items = JSON.createArrayNode();
            tenantPhrases.values().stream()
                    .filter(e -> tenant.equals(tenantPhraseTenant.get(e.get("id").asText())))
                    .sorted(java.util.Comparator.comparing((ObjectNode e) -> e.get("id").asText()))
                    .forEach(items::add);
            return Reply.ok(items);
        }
        if (request.is("POST", "tenant-phrases")) {
            JsonNode body = request.body();
            String phrase = body.path("phrase").asText("").strip();
            String language = body.path("language").asText("");
            String stance = body.path("stance").asText("");
            JsonNode target = body.path("target");
            if (phrase.isEmpty() || phrase.length() > 200) {
                return Reply.problem(400, "phrase", "must be 1 to 200 characters");
            }
            if (!List.of("HE", "EN").contains(language)) {
                return Reply.problem(400, "language", "must be HE or EN");
            }
            if (!target.isNull()
                    && !target.isMissingNode()
                    && !List.of("BLAME", "MIXED").contains(stance)) {
                return Reply.problem(400, "target", "only BLAME and MIXED phrases name a target");
            }
            boolean known = tenantPhrases.values().stream()
                    .anyMatch(
                            e -> tenant.equals(
                                    tenantPhraseTenant.get(
                                            e.get("id").asText()))
                                    && e.get("language").asText().equals(language)
                                    && e.get("phrase")
                                            .asText()
                                            .equalsIgnoreCase(phrase));
            if (known) {
                return Reply.problem(409, null, null);
            }
            String id = java.util.UUID.randomUUID().toString();
            ObjectNode created = JSON.createObjectNode()
                    .put("id", id)
                    .put("phrase", phrase)
                    .put("language", language)
                    .put("stance", stance);
            created.set("target", target.isMissingNode() ? JSON.nullNode() : target);
            created.put("createdBy", request.claim("sub"))
                    .put("createdAt", Instant.now().toString());
            tenantPhrases.put(id, created);
            tenantPhraseTenant.put(id, tenant);
            return Reply.status(201, created);
        }
        if (p.length == 2 && request.method().equals("DELETE")) {
            if (!tenant.equals(tenantPhraseTenant.get(p[1]))) {
                return Reply.problem(404, null, null);
            }
            tenantPhrases.remove(p[1]);
            tenantPhraseTenant.remove(p[1]);
            return Reply.noContent();
        }
        if (request.is("POST", "admin", "rescore")) {
            for (Map.Entry<String, ObjectNode> job : rescoreJobs.entrySet()) {
                if (tenant.equals(rescoreJobTenant.get(job.getKey()))
                        && job.getValue().get("status").asText().equals("RUNNING")) {
                    return Reply.status(202, job.getValue());
                }
            }
            int total = (int) encounterTenant.values().stream().filter(tenant::equals).count();
            String id = java.util.UUID.randomUUID().toString();
            ObjectNode job = JSON.createObjectNode()
                    .put("id", id)
                    .put("status", total == 0 ? "DONE" : "RUNNING")
                    .put("targetVersion", "fake-2")
                    .put("total", total)
                    .put("processed", 0)
                    .put("rescored", 0)
                    .put("progress", total == 0 ? 1.0 : 0.0)
                    .put("startedAt", Instant.now().toString());
            job.putNull("finishedAt").putNull("error");
            if (total == 0) {
                job.put("finishedAt", Instant.now().toString());
            }
            rescoreJobs.put(id, job);
            rescoreJobTenant.put(id, tenant);
            return Reply.status(202, job);
        }
        if (p.length == 3 && request.method().equals("GET")) {
            ObjectNode job = rescoreJobs.get(p[2]);
            if (job == null || !tenant.equals(rescoreJobTenant.get(p[2]))) {
                return Reply.problem(404, null, null);
            }
            int total = job.get("total").asInt();
            if (job.get("status").asText().equals("RUNNING")) {
                int processed = Math.min(total, job.get("processed").asInt() + (total + 1) / 2);
                job.put("processed", processed)
                        .put("rescored", processed / 2)
                        .put("progress", processed / (double) total);
                if (processed == total) {
                    job.put("status", "DONE").put("finishedAt", Instant.now().toString());
                }
            }
            return Reply.ok(job.deepCopy());
        }
        return Reply.problem(404, null, null);
    }

    private static boolean hasRole(Request request, String role) {
        return request.claims("groups").contains(role);
    }

    /**
     * Whether the caller may see this encounter's reading: its rep, a coach of its team, an admin.
     */
    private static boolean mayRead(Request request, JsonNode encounter) {
        return encounter.get("repId").asText().equals(request.claim("sub"))
                || hasRole(request, "admin")
                || hasRole(request, "coach")
                        && request.claims("teams").contains(encounter.get("teamId").asText());
    }

    private Reply readings(Request request, String[] p) {
        String tenant = request.tenant();
        String sub = request.claim("sub");
        boolean admin = hasRole(request, "admin");
        if (request.is("GET", "readings", "settings")) {
            return Reply.ok(settingsOf(tenant));
        }
        if (request.is("PUT", "readings", "settings")) {
            if (!admin) {
                return Reply.problem(403, null, null);
            }
            JsonNode body = request.body();
            if (body.hasNonNull("coachVisibility")
                    && !List.of("IMMEDIATE", "AFTER_REP_SEEN", "AFTER_DELAY")
                            .contains(body.get("coachVisibility").asText())) {
                return Reply.problem(400, "coachVisibility", "unknown value");
            }
            int delay = body.path("coachDelayHours").asInt(48);
            if (delay < 1 || delay > 720) {
                return Reply.problem(400, "coachDelayHours", "must be between 1 and 720");
            }
            double threshold = body.path("reviewConfidenceBelow").asDouble(0.6);
            if (threshold < 0 || threshold > 1) {
                return Reply.problem(400, "reviewConfidenceBelow", "must be between 0 and 1");
            }
            ObjectNode settings = settingsOf(tenant);
            body.properties()
                    .forEach(
                            field -> {
                                if (!field.getValue().isNull()) {
                                    settings.set(field.getKey(), field.getValue());
                                }
                            });
            if (settings.get("coachVisibility").asText().equals("IMMEDIATE")) {
                // switching to IMMEDIATE releases everything pending
                readings.forEach(
                        (id, reading) -> {
                            if (tenant.equals(encounterTenant.get(id))) {
                                reading.put("releasedToCoaches", true);
                            }
                        });
            }
            return Reply.ok(settings);
        }
        if (request.is("GET", "readings", "review-queue")) {
            String team = request.param("teamId");
            if (!admin && !hasRole(request, "coach")
                    || team != null && !admin && !request.claims("teams").contains(team)) {
                return Reply.problem(403, null, null);
            }
            double threshold = settingsOf(tenant).get("reviewConfidenceBelow").asDouble();
            List<JsonNode> items = encounters.values().stream()
                    .filter(e -> tenant.equals(encounterTenant.get(e.get("id").asText())))
                    .filter(
                            e -> admin
                                    || request.claims("teams")
                                            .contains(e.get("teamId").asText()))
                    .filter(e -> team == null || team.equals(e.get("teamId").asText()))
                    .filter(e -> !e.get("repId").asText().equals(sub))
                    .filter(
                            e -> {
                                ObjectNode r = readings.get(e.get("id").asText());
                                String state = r.get("state").asText();
                                return r.get("releasedToCoaches").asBoolean()
                                        && (state.equals("DISPUTED")
                                                || state.equals("UNREVIEWED")
                                                        && r.get("confidence").asDouble() < threshold);
                            })
                    .sorted(
                            java.util.Comparator.comparing(
                                    (ObjectNode e) -> !readings.get(e.get("id").asText())
                                            .get("state")
                                            .asText()
                                            .equals("DISPUTED"))
                                    .thenComparing(e -> e.get("occurredAt").asText()))
                    .map(
                            e -> {
                                ObjectNode r = readings.get(e.get("id").asText());
                                return (JsonNode) JSON.createObjectNode()
                                        .put("encounterId", e.get("id").asText())
                                        .put(
                                                "reason",
                                                r.get("state")
                                                        .asText()
                                                        .equals("DISPUTED")
                                                                ? "DISPUTED"
                                                                : "LOW_CONFIDENCE")
                                        .put(
                                                "confidence",
                                                r.get("confidence").asDouble())
                                        .put("repId", e.get("repId").asText())
                                        .put("teamId", e.get("teamId").asText());
                            })
                    .toList();
            // as scoring-service: edges with their own cursors, page info, the total
            String after = request.param("after");
            if (after != null && !after.matches("q:[0-9]+")) {
                return Reply.problem(400, "after", "not a cursor of this queue");
            }
            int from = after == null ? 0 : Integer.parseInt(after.substring(2));
            int to = Math.min(
                    items.size(),
                    from
                            + (request.param("first") == null
                                    ? 20
                                    : Integer.parseInt(request.param("first"))));
            ObjectNode page = JSON.createObjectNode();
            ArrayNode edges = page.putArray("edges");
            for (int i = Math.min(from, items.size()); i < to; i++) {
                edges.addObject().put("cursor", "q:" + (i + 1)).set("node", items.get(i));
            }
            page.putObject("pageInfo")
                    .put("hasNextPage", to < items.size())
                    .put("endCursor", to > from ? "q:" + to : null);
            page.put("totalCount", items.size());
            return Reply.ok(page);
        }
        if (request.is("GET", "readings", "agreement")) {
            if (!admin) {
                return Reply.problem(403, null, null);
            }
            Map<String, ObjectNode> byLanguage = new java.util.TreeMap<>();
            Map<String, Integer> confusion = new java.util.TreeMap<>();
            readings.forEach(
                    (id, r) -> {
                        if (!tenant.equals(encounterTenant.get(id))) {
                            return;
                        }
                        String language = encounters.get(id).get("language").asText();
                        ObjectNode figures = byLanguage.computeIfAbsent(
                                language,
                                l -> JSON.createObjectNode()
                                        .put("language", l)
                                        .put("readings", 0)
                                        .put("disputed", 0)
                                        .put("confirmed", 0)
                                        .put("corrected", 0));
                        figures.put("readings", figures.get("readings").asInt() + 1);
                        String state = r.get("state").asText();
                        boolean disputed = r.hasNonNull("disputedAt");
                        if (disputed) {
                            figures.put("disputed", figures.get("disputed").asInt() + 1);
                        }
                        if (state.equals("CONFIRMED") || state.equals("CORRECTED")) {
                            String key = state.toLowerCase();
                            figures.put(key, figures.get(key).asInt() + 1);
                            confusion.merge(
                                    language
                                            + "|"
                                            + r.get("machineStance").asText()
                                            + "|"
                                            + r.get("stance").asText(),
                                    1,
                                    Integer::sum);
                        }
                    });
            ArrayNode answer = JSON.createArrayNode();
            byLanguage.forEach(
                    (language, figures) -> {
                        int total = figures.get("readings").asInt();
                        for (String kind : List.of("disputed", "confirmed", "corrected")) {
                            figures.put(kind + "Share", figures.get(kind).asDouble() / total);
                        }
                        ArrayNode cells = figures.putArray("confusion");
                        confusion.forEach(
                                (key, count) -> {
                                    String[] parts = key.split("\\|");
                                    if (parts[0].equals(language)) {
                                        cells.addObject()
                                                .put("machine", parts[1])
                                                .put("human", parts[2])
                                                .put("count", count);
                                    }
                                });
                        figures.putArray("trend")
                                .addObject()
                                .put("periodStart", "2026-11-30T00:00:00Z")
                                .put("readings", total)
                                .put("disputed", figures.get("disputed").asInt())
                                .put("confirmed", figures.get("confirmed").asInt())
                                .put("corrected", figures.get("corrected").asInt());
                        answer.add(figures);
                    });
            return Reply.ok(answer);
        }
        if (request.is("GET", "readings", "corrections")) {
            if (!admin) {
                return Reply.problem(403, null, null);
            }
            if (!settingsOf(tenant).get("trainingConsent").asBoolean()) {
                return Reply.problemOfType(403, "consent-required");
            }
            StringBuilder lines = new StringBuilder();
            readings.keySet().stream()
                    .sorted()
                    .forEach(
                            id -> {
                                ObjectNode r = readings.get(id);
                                String state = r.get("state").asText();
                                if (!tenant.equals(encounterTenant.get(id))
                                        || !state.equals("CONFIRMED")
                                                && !state.equals("CORRECTED")) {
                                    return;
                                }
                                JsonNode e = encounters.get(id);
                                ObjectNode line = JSON.createObjectNode()
                                        .put("id", id)
                                        .put("language", e.get("language").asText())
                                        .put("text", e.get("reflection").asText())
                                        .put("stance", r.get("stance").asText());
                                line.set("blameTargets", r.get("blameTargets"));
                                line.put(
                                        "writer",
                                        "w-"
                                                + Integer.toHexString(
                                                        (tenant + e.get("repId").asText())
                                                                .hashCode()))
                                        .put("register", "production")
                                        .put("machineStance", r.get("machineStance").asText());
                                line.set("machineBlameTargets", r.get("machineBlameTargets"));
                                lines.append(line).append('\n');
                            });
            return Reply.lines(lines.toString());
        }
        if (request.is("GET", "people", "me", "export")) {
            ObjectNode export = JSON.createObjectNode()
                    .put("personId", sub)
                    .put("tenantId", tenant)
                    .put("exportedAt", Instant.now().toString());
            ArrayNode facts = export.putArray("facts");
            encounters.values().stream()
                    .filter(e -> tenant.equals(encounterTenant.get(e.get("id").asText())))
                    .filter(e -> e.get("repId").asText().equals(sub))
                    .forEach(
                            e -> {
                                String id = e.get("id").asText();
                                ObjectNode entry = facts.addObject();
                                ObjectNode fact = entry.putObject("fact").put("encounterId", id);
                                fact.set("reading", readings.get(id));
                                entry.set(
                                        "history",
                                        readingHistory.getOrDefault(id, JSON.createArrayNode()));
                            });
            return Reply.ok(export);
        }
        if (p.length == 3 && p[0].equals("readings")) {
            String id = p[1];
            ObjectNode encounter = encounters.get(id);
            if (encounter == null || !tenant.equals(encounterTenant.get(id))) {
                return Reply.problem(404, null, null);
            }
            ObjectNode reading = readings.get(id);
            boolean rep = encounter.get("repId").asText().equals(sub);
            String now = Instant.now().toString();
            switch (request.method() + " " + p[2]) {
                case "POST seen" -> {
                    if (!rep) {
                        return Reply.problem(403, null, null);
                    }
                    if (reading.get("seenByRepAt").isNull()) {
                        reading.put("seenByRepAt", now);
                        if (!settingsOf(tenant)
                                .get("coachVisibility")
                                .asText()
                                .equals("IMMEDIATE")) {
                            reading.put("releasedToCoaches", true);
                        }
                    }
                    return Reply.ok(reading);
                }
                case "POST dispute" -> {
                    if (!rep) {
                        return Reply.problem(403, null, null);
                    }
                    String note = request.body().path("note").asText("");
                    if (note.isBlank() || note.length() > 500) {
                        return Reply.problem(400, "note", "must be 1 to 500 characters");
                    }
                    if (!reading.get("state").asText().equals("UNREVIEWED")) {
                        return Reply.problem(409, null, null);
                    }
                    reading.put("state", "DISPUTED")
                            .put("disputeNote", note)
                            .put("disputedAt", now)
                            .put("releasedToCoaches", true);
                    change(id, sub, "DISPUTED", null, null, note);
                    return Reply.ok(reading);
                }
                case "POST review" -> {
                    boolean coach = hasRole(request, "coach")
                            && request.claims("teams")
                                    .contains(encounter.get("teamId").asText());
                    if (rep || !coach && !admin) {
                        return Reply.problem(403, null, null);
                    }
                    JsonNode body = request.body();
                    String decision = body.path("decision").asText("");
                    if (!List.of("CONFIRM", "CORRECT").contains(decision)) {
                        return Reply.problem(400, "decision", "unknown value");
                    }
                    if (!reading.get("releasedToCoaches").asBoolean()
                            || reading.get("state").asText().equals("CONFIRMED")
                            || reading.get("state").asText().equals("CORRECTED")) {
                        return Reply.problem(409, null, null);
                    }
                    String note = body.hasNonNull("note") ? body.get("note").asText() : null;
                    if (decision.equals("CORRECT")) {
                        String stance = body.path("stance").asText("");
                        JsonNode targets = body.path("blameTargets");
                        if (!STANCES.contains(stance)) {
                            return Reply.problem(400, "stance", "needed to correct");
                        }
                        boolean anyTarget = targets.isArray() && !targets.isEmpty();
                        if (stance.equals("BLAME") && !anyTarget
                                || anyTarget
                                        && !stance.equals("BLAME")
                                        && !stance.equals("MIXED")) {
                            return Reply.problem(400, "blameTargets", "do not fit the stance");
                        }
                        if (reading.get("state").asText().equals("DISPUTED") && note == null) {
                            return Reply.problem(400, "note", "needed to correct a dispute");
                        }
                        reading.put("state", "CORRECTED")
                                .put("stance", stance)
                                .put(
                                        "ownershipScore",
                                        stance.equals("OWNERSHIP")
                                                ? 80
                                                : stance.equals("BLAME") ? 20 : 50);
                        reading.set(
                                "blameTargets",
                                anyTarget ? targets.deepCopy() : JSON.createArrayNode());
                        change(id, sub, "CORRECTED", stance, reading.get("blameTargets"), note);
                    } else {
                        reading.put("state", "CONFIRMED");
                        change(id, sub, "CONFIRMED", null, null, note);
                    }
                    reading.put("reviewedBy", sub).put("reviewedAt", now).put("reviewNote", note);
                    return Reply.ok(reading);
                }
                case "GET history" -> {
                    if (!mayRead(request, encounter)) {
                        return Reply.problem(403, null, null);
                    }
                    return Reply.ok(readingHistory.getOrDefault(id, JSON.createArrayNode()));
                }
                default -> {
                    return Reply.problem(404, null, null);
                }
            }
        }
        return Reply.problem(404, null, null);
    }

    // ---------------------------------------------------------------- journal-service's data
    // rights

    private Reply dataRights(Request request, String[] p) {
        String tenant = request.tenant();
        String sub = request.claim("sub");
        if (request.is("GET", "people", "me", "export")) {
            ObjectNode export = JSON.createObjectNode()
                    .put("personId", sub)
                    .put("exportedAt", Instant.now().toString());
            ArrayNode mine = export.putArray("encounters");
            encounters.values().stream()
                    .filter(e -> tenant.equals(encounterTenant.get(e.get("id").asText())))
                    .filter(e -> e.get("repId").asText().equals(sub))
                    .forEach(mine::add);
            return Reply.ok(export);
        }
        if (!hasRole(request, "admin")) {
            return Reply.problem(403, null, null);
        }
        if (request.is("GET", "settings", "retention")) {
            return Reply.ok(JSON.createObjectNode().put("retentionMonths", retention.get(tenant)));
        }
        if (request.is("PUT", "settings", "retention")) {
            JsonNode months = request.body().path("retentionMonths");
            if (months.isNull() || months.isMissingNode()) {
                retention.remove(tenant);
            } else if (!months.isInt() || months.asInt() < 1 || months.asInt() > 120) {
                return Reply.problem(400, "retentionMonths", "must be null or 1 to 120");
            } else {
                retention.put(tenant, months.asInt());
            }
            return Reply.ok(JSON.createObjectNode().put("retentionMonths", retention.get(tenant)));
        }
        if (request.is("POST", "admin", "retention", "run")) {
            Integer months = retention.get(tenant);
            int deleted = 0;
            if (months != null) {
                String cutoff = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
                        .minusMonths(months)
                        .toInstant()
                        .toString();
                for (String id : List.copyOf(encounters.keySet())) {
                    if (tenant.equals(encounterTenant.get(id))
                            && encounters.get(id).get("occurredAt").asText().compareTo(cutoff) < 0) {
                        encounters.remove(id);
                        encounterTenant.remove(id);
                        readings.remove(id);
                        deleted++;
                    }
                }
            }
            return Reply.ok(JSON.createObjectNode().put("deleted", deleted));
        }
        if (request.is("POST", "erasures")) {
            String person = request.body().path("personId").asText("");
            String reason = request.body().path("reason").asText("");
            if (person.isBlank()) {
                return Reply.problem(400, "personId", "must not be blank");
            }
            if (reason.isBlank() || reason.length() > 500) {
                return Reply.problem(400, "reason", "must be 1 to 500 characters");
            }
            for (String id : List.copyOf(encounters.keySet())) {
                if (tenant.equals(encounterTenant.get(id))
                        && encounters.get(id).get("repId").asText().equals(person)) {
                    encounters.remove(id);
                    encounterTenant.remove(id);
                    readings.remove(id);
                }
            }
            String id = "era-" + ids.incrementAndGet();
            ObjectNode erasure = JSON.createObjectNode()
                    .put("id", id)
                    .put("personId", person)
                    .put("reason", reason)
                    .put("requestedBy", sub)
                    .put("requestedAt", Instant.now().toString())
                    .put("state", "PENDING")
                    .putNull("completedAt");
            ArrayNode steps = erasure.putArray("steps");
            for (String service : List.of("scoring-service", "playbook-service")) {
                steps.addObject()
                        .put("service", service)
                        .put("state", "PENDING")
                        .putNull("completedAt")
                        .put("attempts", 0)
                        .putNull("lastError");
            }
            erasures.put(id, erasure);
            erasureTenant.put(id, tenant);
            return Reply.status(202, erasure);
        }
        if (request.is("GET", "erasures")) {
            ArrayNode items = JSON.createArrayNode();
            erasures.values().stream()
                    .filter(e -> tenant.equals(erasureTenant.get(e.get("id").asText())))
                    .sorted(
                            java.util.Comparator.comparingInt(
                                    (ObjectNode e) -> Integer.parseInt(
                                            e.get("id").asText().substring(4)))
                                    .reversed())
                    .forEach(items::add);
            return Reply.ok(JSON.createObjectNode().set("items", items));
        }
        if (p.length == 2 && p[0].equals("erasures") && request.method().equals("GET")) {
            ObjectNode erasure = erasures.get(p[1]);
            if (erasure == null || !tenant.equals(erasureTenant.get(p[1]))) {
                return Reply.problem(404, null, null);
            }
            // the outbox has delivered every step by the time anyone looks again
            String now = Instant.now().toString();
            erasure.put("state", "DONE").put("completedAt", now);
            erasure.withArray("steps")
                    .forEach(
                            step -> ((ObjectNode) step)
                                    .put("state", "DONE")
                                    .put("completedAt", now)
                                    .put("attempts", 1));
            return Reply.ok(erasure);
        }
        return Reply.problem(404, null, null);
    }

    private ObjectNode profile(String tenant, String rep, String window) {
        List<ObjectNode> mine = encounters.values().stream()
                .filter(
                        e -> tenant.equals(encounterTenant.get(e.get("id").asText()))
                                && rep.equals(e.get("repId").asText()))
                .toList();
        ObjectNode profile = JSON.createObjectNode();
        profile.putObject("rep")
                .put("id", rep)
                .put("displayName", mine.isEmpty() ? rep : mine.get(0).path("repName").asText(rep));
        profile.put("window", window == null ? "LAST_90_DAYS" : window).put("entries", mine.size());
        if (mine.isEmpty()) {
            profile.putNull("ownershipIndex");
        } else {
            profile.put("ownershipIndex", 55.5);
        }
        profile.putArray("trend")
                .addObject()
                .put("periodStart", "2026-10-05T00:00:00Z")
                .put("ownershipIndex", 55.5)
                .put("entries", mine.size());
        profile.putArray("stanceMix")
                .addObject()
                .put("stance", "OWNERSHIP")
                .put("share", 1.0)
                .put("count", mine.size());
        profile.putArray("blameProfile");
        ObjectNode range = profile.putObject("archetypeRange");
        range.putArray("archetypesWon").add("READY");
        range.put("coverage", 1 / 9.0).put("evenness", 0.0);
        range.putArray("winsByArchetype")
                .addObject()
                .put("archetype", "READY")
                .put("wins", 1)
                .put("encounters", 2);
        profile.putObject("persistence")
                .put("encountersPerCustomer", 1.5)
                .putNull("abandonmentRate");
        profile.put("winRate", 0.5);
        return profile;
    }

    /** A toy analyser: a mention of price is blame on price; anything else is ownership. */
    static ObjectNode analyse(String text, String language) {
        ObjectNode analysis = JSON.createObjectNode().put("language", language);
        int at = Math.max(text.indexOf("מחיר"), text.toLowerCase().indexOf("price"));
        if (at >= 0) {
            int end = at + (text.startsWith("מחיר", at) ? 4 : 5);
            analysis.put("stance", "BLAME").put("ownershipScore", 20);
            analysis.putArray("blameTargets").add("PRICE");
            analysis.putArray("evidence")
                    .addObject()
                    .put("start", at)
                    .put("end", end)
                    .put("text", text.substring(at, end))
                    .put("stance", "BLAME")
                    .put("target", "PRICE")
                    .put("rule", "blame.price");
            analysis.putArray("reframes")
                    .addObject()
                    .put("original", text.substring(at, end))
                    .put(
                            "suggestion",
                            language.equals("HE")
                                    ? "איך אני מראה ערך מול המחיר?"
                                    : "How do I show value against the price?")
                    .put("target", "PRICE");
        } else {
            analysis.put("stance", "OWNERSHIP").put("ownershipScore", 80);
            analysis.putArray("blameTargets");
            analysis.putArray("evidence");
            analysis.putArray("reframes");
        }
        // hedged words make the toy analyser unsure (the review queue's low-confidence readings)
        boolean unsure = text.toLowerCase().contains("maybe") || text.contains("אולי");
        analysis.put("confidence", unsure ? 0.4 : 0.9).put("analyzerVersion", "fake-1");
        return analysis;
    }

    // ---------------------------------------------------------------- plumbing

    private static String detect(String text) {
        return text.chars().anyMatch(c -> c >= 0x0590 && c <= 0x05FF) ? "HE" : "EN";
    }

    /** The fakes refuse repeated keys in a batch: the gateway is to ask for each thing once. */
    private static boolean unique(List<String> keys) {
        return keys.stream().distinct().count() == keys.size();
    }

    private static boolean matches(JsonNode node, String field, String wanted) {
        return wanted == null || wanted.equals(node.path(field).asText());
    }

    private static ObjectNode page(List<JsonNode> all, Request request) {
        int limit = request.param("limit") == null ? 20 : Integer.parseInt(request.param("limit"));
        int from = request.param("after") == null
                ? 0
                : Integer.parseInt(request.param("after").substring(2));
        int to = Math.min(all.size(), from + limit);
        ObjectNode page = JSON.createObjectNode();
        ArrayNode items = page.putArray("items");
        all.subList(Math.min(from, all.size()), to).forEach(items::add);
        if (to < all.size()) {
            page.put("nextCursor", "o:" + to);
        } else {
            page.putNull("nextCursor");
        }
        page.put("totalCount", all.size());
        return page;
    }

    private static String title(String key) {
        String words = key.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(
                        eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0
                        ? ""
                        : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return params;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (status == 204) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders()
                .set(
                        "Content-Type",
                        status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    interface Handler {
        Reply handle(Request request);
    }

    record Reply(int status, JsonNode body, String text) {
        Reply(int status, JsonNode body) {
            this(status, body, null);
        }

        static Reply ok(JsonNode body) {
            return new Reply(200, body);
        }

        static Reply noContent() {
            return new Reply(204, null);
        }

        static Reply status(int status, JsonNode body) {
            return new Reply(status, body);
        }

        /** JSON Lines, as scoring-service's corrections export. */
        static Reply lines(String text) {
            return new Reply(200, null, text);
        }

        /** A problem of one of service-support's types (its slug), such as consent-required. */
        static Reply problemOfType(int status, String slug) {
            Reply reply = problem(status, null, null);
            ((ObjectNode) reply.body()).put("type", "https://onme.io/problems/" + slug);
            return reply;
        }

        static Reply problem(int status, String field, String message) {
            ObjectNode problem = JSON.createObjectNode()
                    .put("type", "https://onme.io/problems/fake")
                    .put("title", "Problem " + status)
                    .put("status", status)
                    .put("detail", "fake problem");
            if (field != null) {
                problem.putArray("errors").addObject().put("field", field).put("message", message);
            }
            return new Reply(status, problem);
        }
    }

    record Request(
            String method,
            String path,
            Map<String, List<String>> query,
            JsonNode body,
            JsonNode claims) {

        String[] segments() {
            return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        }

        boolean is(String verb, String... parts) {
            return method.equals(verb) && Arrays.equals(segments(), parts);
        }

        String param(String name) {
            return first(query, name);
        }

        List<String> params(String name) {
            return query.getOrDefault(name, List.of());
        }

        String tenant() {
            return claim("tid");
        }

        String claim(String name) {
            return claims.path(name).asText(null);
        }

        List<String> claims(String name) {
            List<String> values = new ArrayList<>();
            claims.path(name).forEach(value -> values.add(value.asText()));
            return values;
        }
    }

    private final class Service {
        final String name;
        final Handler handler;
        final int port;
        volatile HttpServer server;
        volatile int delayMillis;
        volatile int failStatus;
        volatile String failTenant;

        Service(String name, Handler handler) throws IOException {
            this.name = name;
            this.handler = handler;
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            this.port = server.getAddress().getPort();
            configure(server);
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        synchronized void start() {
            if (server != null) {
                return;
            }
            try {
                HttpServer fresh = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                configure(fresh);
                server = fresh;
            } catch (IOException e) {
                throw new IllegalStateException("cannot restart the fake " + name, e);
            }
        }

        synchronized void stop() {
            if (server != null) {
                server.stop(0);
                server = null;
            }
        }

        private void configure(HttpServer target) {
            target.createContext("/", this::serve);
            target.setExecutor(Executors.newCachedThreadPool());
            target.start();
        }

        private void serve(HttpExchange exchange) throws IOException {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            ObjectNode call = JSON.createObjectNode()
                    .put("service", name)
                    .put("method", exchange.getRequestMethod())
                    .put("path", exchange.getRequestURI().getPath())
                    .put("query", exchange.getRequestURI().getRawQuery())
                    .put("authorization", authorization)
                    .put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"))
                    .put(
                            "traceparent",
                            exchange.getRequestHeaders().getFirst("traceparent"));
            calls.add(call);
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                JsonNode claims = authorization == null || !authorization.startsWith("Bearer ")
                        ? null
                        : JSON.readTree(
                                Base64.getUrlDecoder()
                                        .decode(
                                                authorization.substring(7)
                                                        .split("\\.")[1]));
                if (failStatus > 0
                        && (failTenant == null
                                || claims != null
                                        && failTenant.equals(claims.path("tid").asText()))) {
                    send(
                            exchange,
                            failStatus,
                            JSON.createObjectNode().put("title", "failing on purpose"));
                    return;
                }
                if (claims == null) {
                    send(exchange, 401, Reply.problem(401, null, null).body());
                    return;
                }
                byte[] bytes;
                try (InputStream in = exchange.getRequestBody()) {
                    bytes = in.readAllBytes();
                }
                call.put("body", new String(bytes, StandardCharsets.UTF_8));
                String text = URLDecoder.decode(
                        String.valueOf(exchange.getRequestURI().getRawPath())
                                + "?"
                                + exchange.getRequestURI().getRawQuery(),
                        StandardCharsets.UTF_8)
                        + new String(bytes, StandardCharsets.UTF_8);
                if (text.indexOf('\u0000') >= 0 || text.contains("\\u0000")) {
                    // as the real services did before issue 16: PostgreSQL refuses U+0000 and
                    // nothing mapped it
                    send(
                            exchange,
                            500,
                            JSON.createObjectNode().put("title", "Internal Server Error"));
                    return;
                }
                JsonNode body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
                Reply reply = handler.handle(
                        new Request(
                                exchange.getRequestMethod(),
                                exchange.getRequestURI().getPath(),
                                query(exchange.getRequestURI()),
                                body,
                                claims));
                if (reply.text() != null) {
                    byte[] lines = reply.text().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
                    exchange.sendResponseHeaders(reply.status(), lines.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(lines);
                    }
                    return;
                }
                send(exchange, reply.status(), reply.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                send(exchange, 500, JSON.createObjectNode().put("title", "fake failed: " + e));
            }
        }
    }
}
