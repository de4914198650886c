package io.onme.devstores;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds the demo tenant through the public GraphQL API, as the demo reps themselves would: every
 * encounter is logged with that rep's own token, so the seed exercises the real write path
 * (validation, outbox, scoring). Dates are relative to the moment the seed runs.
 *
 * <p>
 * Resumable: encounters are logged in file order, so the tenant's encounter count says how many
 * lines already landed (a write that timed out at the gateway may still have been stored). A
 * re-run, or a retry after an unavailable answer, continues from there without duplicates.
 */
final class DemoSeed {

    static final String TENANT = "demo";

    /**
     * The demo realm's administrator, whose provider-issued token counts what the seed already
     * wrote.
     */
    static final String OIDC_ADMIN = "noa";

    private static final String LOG_ENCOUNTER = "mutation Seed($input: LogEncounterInput!) { logEncounter(input: $input) { id customer { id name } } }";
    private static final Pattern DAYS_AGO = Pattern.compile("\"@-(\\d{1,4})d\"");
    private static final Pattern CUSTOMER_BY_NAME = Pattern.compile("\"customer\":\\{\"name\":(\"(?:[^\"\\\\]|\\\\.)*\")\\}");
    private static final String COUNT_ENCOUNTERS = "{ encounters(first: 1) { totalCount } }";

    /** Who sees a reading first (docs/coaching-not-surveillance.md). */
    private static final String COACH_VISIBILITY = "mutation($v: CoachVisibility!) { updateTenantSettings(input: {coachVisibility: $v})"
            + " { coachVisibility } }";

    private static final String PENDING_SCORES = "{ encounters(first: 100) { edges { node { scoreStatus } } } }";
    private static final Pattern TOTAL_COUNT = Pattern.compile("\"totalCount\"\\s*:\\s*(\\d+)");
    private static final int ATTEMPTS = 6;
    private static final String KNOWN_CUSTOMERS = "{ encounters(first: 100) { edges { node { customer { id name } } } } }";
    private static final Pattern CUSTOMER_IN_LIST = Pattern.compile(
            "\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"name\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final Pattern CUSTOMER_ID_IN_ANSWER = Pattern
            .compile("\"customer\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");

    private DemoSeed() {
    }

    /** Whose tokens the seed writes with: each rep's own, and an admin's to count what is there. */
    interface Tokens {
        String rep(String rep, String team) throws IOException, InterruptedException;

        String admin() throws IOException, InterruptedException;
    }

    /** Tokens signed with the embedded stack's development key ({@code ./onme up}). */
    static Tokens signedWith(Path keys, String issuer) {
        RSAPrivateKey key = JwtKeys.readPrivateKey(keys);
        return new Tokens() {
            @Override
            public String rep(String rep, String team) {
                return JwtTokens.signedWith(key)
                        .issuer(issuer)
                        .tenant(TENANT)
                        .subject(rep)
                        .name(displayName(rep))
                        .group("rep")
                        .team(team)
                        .sign();
            }

            @Override
            public String admin() {
                return JwtTokens.signedWith(key)
                        .issuer(issuer)
                        .tenant(TENANT)
                        .subject("demo-seed")
                        .name("Demo seed")
                        .group("admin")
                        .sign();
            }
        };
    }

    /**
     * Tokens the identity provider issues to the demo realm's own users ({@code ./onme up --idp
     * keycloak}): the reps by name, and the realm's admin {@value #OIDC_ADMIN}; tenant, roles and
     * teams come from the realm. Each is reused for two minutes (less than the realm's five-minute
     * access-token lifespan).
     */
    static Tokens fromProvider(OidcTokens provider, String password) {
        record Issued(String token, long untilMillis) {
        }
        Map<String, Issued> issued = new HashMap<>();
        return new Tokens() {
            @Override
            public String rep(String rep, String team) throws IOException, InterruptedException {
                return token(rep);
            }

            @Override
            public String admin() throws IOException, InterruptedException {
                return token(OIDC_ADMIN);
            }

            private String token(String user) throws IOException, InterruptedException {
                long now = System.currentTimeMillis();
                Issued known = issued.get(user);
                if (known == null || known.untilMillis() < now) {
                    known = new Issued(provider.passwordGrant(user, password), now + 120_000);
                    issued.put(user, known);
                }
                return known.token();
            }
        };
    }

    static void run(URI gateway, Tokens tokens) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> customerIds = new HashMap<>();
        String admin = tokens.admin();
        int alreadyThere = firstCount(client, gateway, admin);
        if (alreadyThere > 0) {
            knownCustomers(client, gateway, admin, customerIds);
        }
        // the demo's history is old news its reps have long seen: coaches see it at once; what a
        // visitor logs afterwards is read by its rep first, as in any new tenant
        coachVisibility(client, gateway, admin, "IMMEDIATE");
        int line_ = 0;
        int logged = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                String rep = parts[0];
                String team = parts[1];
                String input = withDates(parts[2], now);
                Matcher byName = CUSTOMER_BY_NAME.matcher(input);
                String customerName = byName.find() ? byName.group(1) : null;
                if (customerName != null && customerIds.containsKey(customerName)) {
                    input = byName.replaceFirst(
                            Matcher.quoteReplacement(
                                    "\"customer\":{\"id\":\""
                                            + customerIds.get(customerName)
                                            + "\"}"));
                }
                if (line_++ < alreadyThere) {
                    continue; // landed in an earlier run; its customer id is in customerIds
                }
                String token = tokens.rep(rep, team);
                admin = tokens.admin(); // a provider's token lives minutes, a long seed outlives it
                String body = "{\"query\":"
                        + JwtTokens.quote(LOG_ENCOUNTER)
                        + ",\"variables\":{\"input\":"
                        + input
                        + "}}";
                String answer = logWithRetries(client, gateway, token, admin, body, line_);
                Matcher id = CUSTOMER_ID_IN_ANSWER.matcher(answer);
                if (customerName != null && id.find()) {
                    customerIds.putIfAbsent(customerName, id.group(1));
                }
                logged++;
            }
        }
        admin = tokens.admin();
        if (awaitScored(client, gateway, admin)) {
            coachVisibility(client, gateway, admin, "AFTER_REP_SEEN");
        } else {
            System.out.println(
                    "demo seed: not every demo encounter is scored yet; coaches keep seeing readings"
                            + " at once (change it in the web app's Admin → Settings)");
        }
        System.out.println(
                "demo seed: "
                        + logged
                        + " encounters logged for tenant '"
                        + TENANT
                        + "' ("
                        + alreadyThere
                        + " were there already)");
    }

    private static void coachVisibility(
            HttpClient client, URI gateway, String admin, String visibility)
            throws IOException, InterruptedException {
        postRepeatable(
                client,
                gateway,
                admin,
                "{\"query\":"
                        + JwtTokens.quote(COACH_VISIBILITY)
                        + ",\"variables\":{\"v\":\""
                        + visibility
                        + "\"}}");
    }

    /** Waits (up to a minute) until scoring-service has read every demo encounter. */
    private static boolean awaitScored(HttpClient client, URI gateway, String admin)
            throws IOException, InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(until)) {
            String answer = postRepeatable(
                    client,
                    gateway,
                    admin,
                    "{\"query\":" + JwtTokens.quote(PENDING_SCORES) + "}");
            if (!answer.contains("\"PENDING\"")) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /**
     * Logs one encounter; when the gateway answers with an error, waits and checks whether the
     * write landed anyway (the count reached {@code expectedCount}) before trying again. An empty
     * answer means the write landed but its customer id is unknown.
     */
    private static String logWithRetries(
            HttpClient client,
            URI gateway,
            String token,
            String admin,
            String body,
            int expectedCount)
            throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return post(client, gateway, token, body);
            } catch (IOException refused) {
                last = refused;
                Thread.sleep(1000L * attempt);
                if (countEncounters(client, gateway, admin) >= expectedCount) {
                    return "";
                }
            }
        }
        throw last;
    }

    /**
     * The first request of the seed, retried while the gateway answers that a service is
     * unavailable: on a busy machine a service's first request can outlast the gateway's timeout
     * (with an identity provider, each service fetches its keys then).
     */
    private static int firstCount(HttpClient client, URI gateway, String admin)
            throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return countEncounters(client, gateway, admin);
            } catch (IOException unavailable) {
                if (attempt == ATTEMPTS) {
                    throw unavailable;
                }
                Thread.sleep(1000L * attempt);
            }
        }
    }

    /** Customers of encounters an earlier, interrupted run logged, by their JSON-quoted name. */
    private static void knownCustomers(
            HttpClient client, URI gateway, String admin, Map<String, String> ids)
            throws IOException, InterruptedException {
        String answer = post(
                client,
                gateway,
                admin,
                "{\"query\":" + JwtTokens.quote(KNOWN_CUSTOMERS) + "}");
        Matcher customer = CUSTOMER_IN_LIST.matcher(answer);
        while (customer.find()) {
            ids.putIfAbsent(customer.group(2), customer.group(1));
        }
    }

    private static int countEncounters(HttpClient client, URI gateway, String admin)
            throws IOException, InterruptedException {
        String answer = post(
                client,
                gateway,
                admin,
                "{\"query\":" + JwtTokens.quote(COUNT_ENCOUNTERS) + "}");
        Matcher count = TOTAL_COUNT.matcher(answer);
        if (!count.find()) {
            throw new IOException("cannot read the demo tenant's encounter count: " + answer);
        }
        return Integer.parseInt(count.group(1));
    }

    private static String withDates(String input, Instant now) {
        Matcher matcher = DAYS_AGO.matcher(input);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Instant at = now.minus(Long.parseLong(matcher.group(1)), ChronoUnit.DAYS);
            matcher.appendReplacement(out, "\"" + at + "\"");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * A request that is safe to send again (a setting, a query): a machine busy starting the
     * services can make the gateway answer UNAVAILABLE for a moment, which is worth a few more
     * tries before the seed gives up.
     */
    private static String postRepeatable(HttpClient client, URI gateway, String token, String body)
            throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return post(client, gateway, token, body);
            } catch (IOException refused) {
                if (attempt == ATTEMPTS) {
                    throw refused;
                }
                Thread.sleep(1000L * attempt);
            }
        }
    }

    private static String post(HttpClient client, URI gateway, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IOException(
                    "the gateway refused a demo encounter ("
                            + response.statusCode()
                            + "): "
                            + response.body());
        }
        return response.body();
    }

    private static String displayName(String user) {
        return switch (user) {
            case "dana" -> "Dana Levi";
            case "yossi" -> "Yossi Mizrahi";
            case "maya" -> "Maya Cohen";
            case "tom" -> "Tom Baker";
            default -> user;
        };
    }

    private static InputStream resource() throws IOException {
        InputStream in = DemoSeed.class.getResourceAsStream("/demo/encounters.psv");
        if (in == null) {
            throw new IOException("demo/encounters.psv is missing from the dev-stores jar");
        }
        return in;
    }
}
