package io.onme.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Realm {@code onme} of the Keycloak that {@code ./onme up --idp keycloak} runs, over its real HTTP
 * APIs: tokens (the command-line client's password grant) and the admin REST API (as the master
 * realm's administrator, whose password the launcher wrote into the data folder) for the clients
 * and keys the tests add.
 */
final class KeycloakRealm {

    static final String DEMO_PASSWORD = "onme-demo";

    private final String baseUrl;
    private final String adminPassword;

    KeycloakRealm(String baseUrl, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
    }

    String issuer() {
        return baseUrl + "/realms/onme";
    }

    /** An access token for a user of realm onme through a client that allows the password grant. */
    String passwordGrant(String clientId, String user) {
        Response answer = RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParams(
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                clientId,
                                "username",
                                user,
                                "password",
                                DEMO_PASSWORD))
                .post(issuer() + "/protocol/openid-connect/token");
        assertEquals(200, answer.statusCode(), answer.asString());
        return answer.jsonPath().getString("access_token");
    }

    /** Creates a client of realm onme from its JSON representation. */
    void createClient(String json) {
        Response answer = admin().body(json).post(baseUrl + "/admin/realms/onme/clients");
        assertEquals(201, answer.statusCode(), answer.asString());
    }

    /**
     * Adds a generated RSA signing key with the given priority: with a priority above the realm's
     * key it becomes the key new tokens are signed with, while the older key stays published
     * (tokens it signed stay valid).
     */
    void addSigningKey(String name, int priority) {
        String realmId = admin().get(baseUrl + "/admin/realms/onme").jsonPath().getString("id");
        Map<String, Object> component = Map.of(
                "name",
                name,
                "providerId",
                "rsa-generated",
                "providerType",
                "org.keycloak.keys.KeyProvider",
                "parentId",
                realmId,
                "config",
                Map.of(
                        "priority",
                        List.of(Integer.toString(priority)),
                        "enabled",
                        List.of("true"),
                        "active",
                        List.of("true"),
                        "algorithm",
                        List.of("RS256"),
                        "keySize",
                        List.of("2048")));
        Response answer = admin().body(component).post(baseUrl + "/admin/realms/onme/components");
        assertEquals(201, answer.statusCode(), answer.asString());
    }

    /** The {@code kid} in a JWT's header. */
    static String keyId(String jwt) {
        String header = new String(
                Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))),
                StandardCharsets.UTF_8);
        return JsonPath.from(header).getString("kid");
    }

    private RequestSpecification admin() {
        Response token = RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParams(
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                "admin",
                                "password",
                                adminPassword))
                .post(baseUrl + "/realms/master/protocol/openid-connect/token");
        assertEquals(200, token.statusCode(), token.asString());
        return RestAssured.given()
                .contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + token.jsonPath().getString("access_token"));
    }
}
