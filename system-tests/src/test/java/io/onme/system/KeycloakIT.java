package io.onme.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.onme.devstores.JwtTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 18 on the packaged platform started with {@code ./onme up --idp keycloak}: Keycloak (from
 * the Maven repository) issues the tokens and every service verifies them against its JWKS. A demo
 * user's token from {@code ./onme token --idp keycloak} and one from the real login page
 * (authorization code + PKCE in Chromium) reach all four services through the gateway with the
 * realm's tenant, roles and teams; the realm's signing key is rotated while requests run and none
 * fails; a token for another audience, an expired one and one signed by a key Keycloak never had
 * are refused by the gateway and by each service; a key added a minute after an unknown kid was
 * seen is trusted at once.
 */
@TestMethodOrder(OrderAnnotation.class)
class KeycloakIT {

    private static final String EVERY_SERVICE = "{ me { id tenantId roles teams { id } } playbooks(first: 1) { totalCount }"
            + " encounters(first: 3) { totalCount edges { node { scoreStatus analysis { stance } } } } }";

    private static Platform platform;
    private static KeycloakRealm realm;

    /** Issued by a client whose tokens live one second, at the start: expired by the last test. */
    private static String expiringToken;

    /**
     * When the services last saw a kid they did not know (and fetched Keycloak's JWKS again for
     * it).
     */
    private static long unknownKidSeenAtMillis;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = Platform.startWithKeycloak();
        realm = new KeycloakRealm(
                platform.keycloakUrl(),
                Files.readString(
                        platform.data.resolve("keycloak/admin-password"),
                        StandardCharsets.UTF_8)
                        .strip());
        realm.createClient(
                """
                        {"clientId": "short-lived", "publicClient": true, "directAccessGrantsEnabled": true,
                         "standardFlowEnabled": false, "fullScopeAllowed": false,
                         "attributes": {"access.token.lifespan": "1"}}""");
        expiringToken = realm.passwordGrant("short-lived", "dana");
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    @Order(1)
    void cliTokenAnswersMeWithTheRealmsTenantRolesAndTeams() {
        String token = platform.token("--idp", "keycloak", "--user", "avi");
        JsonPath me = graphQl(token, "{ me { id displayName tenantId roles language teams { id } } }");
        assertEquals("avi", me.getString("data.me.id"));
        assertEquals("Avi Peretz", me.getString("data.me.displayName"));
        assertEquals("demo", me.getString("data.me.tenantId"));
        assertEquals(List.of("COACH"), me.getList("data.me.roles"));
        assertEquals("HE", me.getString("data.me.language"));
        assertEquals(Set.of("north", "south"), Set.copyOf(me.getList("data.me.teams.id")));
    }

    @Test
    @Order(2)
    void tokenReachesAllFourServicesThroughTheGateway() {
        // the launcher seeded the demo tenant with the reps' own Keycloak tokens; dana sees her
        // nine encounters,
        // scored by scoring-service after journal-service delivered them with its own service token
        String token = platform.token("--idp", "keycloak", "--user", "dana");
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(
                        () -> {
                            JsonPath answer = graphQl(token, EVERY_SERVICE);
                            assertEquals("dana", answer.getString("data.me.id"));
                            assertEquals(List.of("REP"), answer.getList("data.me.roles"));
                            assertEquals(9, answer.getInt("data.encounters.totalCount"));
                            assertNotNull(answer.get("data.playbooks.totalCount"));
                            assertEquals(
                                    List.of("SCORED", "SCORED", "SCORED"),
                                    answer.getList("data.encounters.edges.node.scoreStatus"));
                        });
        // and each service accepts it on its own (the refusals below are of the token, not of the
        // request)
        for (String url : serviceReads()) {
            Response service = RestAssured.given().header("Authorization", "Bearer " + token).get(url);
            assertEquals(200, service.statusCode(), url + ": " + service.asString());
        }
    }

    @Test
    @Order(3)
    void signingInOnTheLoginPageWithPkceGivesATokenTheServicesAccept() {
        JsonPath tokens = new BrowserLogin(platform.root)
                .signIn(
                        realm.issuer(),
                        "onme-web",
                        // within the web app's redirect URIs in the realm (the launcher
                        // writes the gateway's port into them), but a file, not a page of
                        // the app: the gateway answers 404 and the app never sees the code
                        "http://localhost:" + platform.gatewayPort + "/pkce-test.txt",
                        "maya",
                        KeycloakRealm.DEMO_PASSWORD,
                        "he");
        assertEquals(
                "he", tokens.getString("login_page_lang"), "the login page in Hebrew when asked");
        assertNotNull(tokens.getString("id_token"));
        assertNotNull(tokens.getString("refresh_token"));
        JsonPath me = graphQl(tokens.getString("access_token"), EVERY_SERVICE);
        assertEquals("maya", me.getString("data.me.id"));
        assertEquals("demo", me.getString("data.me.tenantId"));
        assertEquals(List.of("south"), me.getList("data.me.teams.id"));
        assertEquals(7, me.getInt("data.encounters.totalCount"));
    }

    /**
     * The web app itself: the gateway tells it to sign in at Keycloak, so opening it sends the
     * browser to the login page (code + PKCE for the public client onme-web, back to the gateway's
     * own origin); dana signs in, lands on the journal with her name shown, and signing out ends
     * her Keycloak session (signing in again asks for the password).
     */
    @Test
    @Order(4)
    void theWebAppSignsInThroughKeycloakAndSignsOut() {
        String app = "http://localhost:" + platform.gatewayPort;
        RestAssured.given()
                .get(platform.gatewayUrl() + "/auth-config.json")
                .then()
                .statusCode(200)
                .body("mode", equalTo("oidc"))
                .body("issuer", equalTo(realm.issuer()))
                .body("clientId", equalTo("onme-web"));
        assertEquals(
                404,
                RestAssured.given().get(platform.gatewayUrl() + "/demo-sign-in/users").statusCode(),
                "no demo sign-in beside Keycloak");

        JsonPath seen = new BrowserLogin(platform.root)
                .signInToWebApp(
                        app,
                        realm.issuer(),
                        "dana",
                        KeycloakRealm.DEMO_PASSWORD,
                        "Dana Levi");
        assertEquals("code", seen.getString("asked.response_type"));
        assertEquals("onme-web", seen.getString("asked.client_id"));
        assertEquals("S256", seen.getString("asked.code_challenge_method"));
        assertTrue(seen.getBoolean("asked.code_challenge"));
        assertEquals(app + "/callback", seen.getString("asked.redirect_uri"));
        assertEquals(app + "/journal", seen.getString("landed"), "the code is not left in the URL");
        assertEquals("Dana Levi", seen.getString("name"));
        assertTrue(seen.getBoolean("stored.refreshToken"), "kept for silent renewal");
        assertTrue(seen.getBoolean("signedOut"));
    }

    /**
     * A new active key with a higher priority while four clients keep asking: tokens signed with
     * the old key keep working (Keycloak still publishes it), the first token with the new kid
     * makes each service fetch the JWKS again (this runs before any test presents an unknown kid,
     * which would use up the once-a-minute refetch).
     */
    @Test
    @Order(5)
    void rotatingTheRealmsSigningKeyWhileRequestsRunFailsNone() throws Exception {
        String oldToken = realm.passwordGrant("onme-cli", "yossi");
        String oldKid = KeycloakRealm.keyId(oldToken);
        AtomicReference<String> newest = new AtomicReference<>(oldToken);
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> okByKid = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean keepsOldToken = i == 0;
            Thread client = new Thread(
                    () -> {
                        while (running.get()) {
                            String token = keepsOldToken ? oldToken : newest.get();
                            Response answer = post(token, EVERY_SERVICE);
                            if (answer.statusCode() != 200
                                    || answer.asString().contains("\"errors\"")) {
                                failures.add(answer.statusCode() + " " + answer.asString());
                            } else {
                                okByKid.computeIfAbsent(
                                        KeycloakRealm.keyId(token),
                                        kid -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                        }
                    },
                    "rotation-client-" + i);
            client.start();
            clients.add(client);
        }
        Thread.sleep(2000);
        realm.addSigningKey("rotated-" + Instant.now().getEpochSecond(), 200);
        String newToken = realm.passwordGrant("onme-cli", "yossi");
        newest.set(newToken);
        String newKid = KeycloakRealm.keyId(newToken);
        Thread.sleep(8000);
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }

        assertNotEquals(oldKid, newKid, "new tokens are signed with the new key");
        assertEquals(List.of(), failures);
        assertTrue(
                okByKid.containsKey(oldKid) && okByKid.containsKey(newKid),
                "requests with both keys: " + okByKid);
        assertEquals(
                "yossi",
                graphQl(oldToken, "{ me { id } }").getString("data.me.id"),
                "the old key still valid");
    }

    @Test
    @Order(6)
    void aKeycloakTokenForAnotherAudienceIsRefused() {
        // every claim the services read, from the same realm and key, but for another application
        realm.createClient(
                """
                        {"clientId": "other-app", "publicClient": true, "directAccessGrantsEnabled": true,
                         "standardFlowEnabled": false, "fullScopeAllowed": false, "defaultClientScopes": [],
                         "protocolMappers": [
                           {"name": "sub", "protocol": "openid-connect", "protocolMapper": "oidc-sub-mapper",
                            "config": {"access.token.claim": "true"}},
                           {"name": "tid", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
                            "config": {"user.attribute": "tid", "claim.name": "tid", "jsonType.label": "String",
                                       "access.token.claim": "true"}},
                           {"name": "teams", "protocol": "openid-connect", "protocolMapper": "oidc-group-membership-mapper",
                            "config": {"claim.name": "teams", "full.path": "false", "access.token.claim": "true"}},
                           {"name": "audience", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
                            "config": {"included.custom.audience": "other-app", "access.token.claim": "true"}}]}""");
        String token = realm.passwordGrant("other-app", "dana");
        JsonPath claims = claims(token);
        assertEquals("other-app", claims.getString("aud"));
        assertEquals("demo", claims.getString("tid"));
        assertEquals("dana", claims.getString("sub"));
        assertRefusedEverywhere(token);
    }

    @Test
    @Order(7)
    void aTokenSignedWithAKeyKeycloakNeverHadIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey stranger = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        String realKid = KeycloakRealm.keyId(realm.passwordGrant("onme-cli", "dana"));
        for (String kid : new String[] { "not-a-keycloak-key", realKid, null }) {
            String forged = JwtTokens.signedWith(stranger)
                    .keyId(kid)
                    .issuer(realm.issuer())
                    .audience("onme")
                    .tenant("demo")
                    .subject("dana")
                    .name("Dana Levi")
                    .group("rep")
                    .team("north")
                    .lifetime(Duration.ofMinutes(5))
                    .sign();
            assertRefusedEverywhere(forged);
        }
        unknownKidSeenAtMillis = System.currentTimeMillis();
    }

    @Test
    @Order(8)
    void anExpiredKeycloakTokenIsRefused() throws InterruptedException {
        long expires = claims(expiringToken).getLong("exp");
        // past exp and the 60 s of clock skew the services allow
        long waitMillis = (expires + 62) * 1000 - System.currentTimeMillis();
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        assertEquals("demo", claims(expiringToken).getString("tid"), "otherwise a good token");
        assertRefusedEverywhere(expiringToken);
    }

    /**
     * The JWKS is fetched again for an unknown kid at most once a minute per service: a key added a
     * minute after the last such fetch (the forged kids above) is trusted from its first token.
     * With SmallRye's default of 30 minutes this token would be refused.
     */
    @Test
    @Order(9)
    void aSecondNewKeyAMinuteAfterAnUnknownKidIsTrustedAtOnce() throws InterruptedException {
        long waitMillis = unknownKidSeenAtMillis + 65_000 - System.currentTimeMillis();
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        String before = KeycloakRealm.keyId(realm.passwordGrant("onme-cli", "tom"));
        realm.addSigningKey("rotated-again-" + Instant.now().getEpochSecond(), 300);
        String token = realm.passwordGrant("onme-cli", "tom");
        assertNotEquals(before, KeycloakRealm.keyId(token));
        assertEquals("tom", graphQl(token, EVERY_SERVICE).getString("data.me.id"));
        for (String url : List.of(
                platform.playbookUrl() + "/playbooks?limit=1",
                platform.journalUrl() + "/encounters?limit=1",
                platform.scoringUrl() + "/profiles/tom")) {
            Response service = RestAssured.given().header("Authorization", "Bearer " + token).get(url);
            assertEquals(200, service.statusCode(), url + ": " + service.asString());
        }
    }

    private static void assertRefusedEverywhere(String token) {
        Response gateway = post(token, "{ me { id } }");
        assertEquals(401, gateway.statusCode(), gateway.asString());
        for (String url : serviceReads()) {
            Response service = RestAssured.given().header("Authorization", "Bearer " + token).get(url);
            assertEquals(401, service.statusCode(), url + ": " + service.asString());
            assertEquals("application/problem+json", service.contentType().split(";")[0], url);
        }
    }

    /** One read of each service that dana's token may make. */
    private static List<String> serviceReads() {
        return List.of(
                platform.playbookUrl() + "/playbooks?limit=1",
                platform.journalUrl() + "/encounters?limit=1",
                platform.scoringUrl() + "/profiles/dana");
    }

    private static JsonPath graphQl(String token, String query) {
        Response answer = post(token, query);
        assertEquals(200, answer.statusCode(), answer.asString());
        JsonPath json = answer.jsonPath();
        assertNull(json.get("errors"), answer.asString());
        return json;
    }

    private static Response post(String token, String query) {
        return RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of("query", query))
                .post(platform.gatewayUrl() + "/graphql");
    }

    private static JsonPath claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonPath.from(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
