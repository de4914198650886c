package io.onme.playbook.api;

import static io.onme.playbook.api.Api.as;
import static io.onme.playbook.api.Api.body;
import static io.onme.playbook.api.Api.published;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * DELETE /people/{personId}: a person's author fields in one tenant become "erased", asked by
 * journal-service's service token (audience playbook-service, a key of the service JWKS) or an
 * admin; idempotent; nobody else, no other tenant, no other token.
 */
@QuarkusTest
class PersonErasureResourceTest {

    private static final String AUDIENCE = "playbook-service";

    @Inject
    AgroalDataSource dataSource;

    private final String tenant = Api.tenant();
    private final String other = Api.tenant();
    private final String ann = TestTokens.admin(tenant, "ann");
    private final String carl = TestTokens.coach(tenant, "carl", "t1");

    private static String serviceToken(String tenant) {
        return TestTokens.service(tenant, "service-a").audience(AUDIENCE).sign();
    }

    private static ValidatableResponse erase(String token, String personId) {
        return given().auth().oauth2(token).when().delete("/people/{id}", personId).then();
    }

    /** Ann wrote one playbook and edited Carl's; the same id in another tenant wrote one too. */
    private record Fixture(String annsPlaybook, String carlsPlaybook, String otherTenants) {
    }

    private Fixture fixture() {
        String annsPlaybook = published(ann, body("PRICE_FOCUSED", "EN", "Value first", null));
        String carlsPlaybook = published(carl, body("HOSTILE", "EN", "Stay calm", "t1"));
        long revision = ((Number) as(ann).get("/playbooks/" + carlsPlaybook)
                .then()
                .statusCode(200)
                .extract()
                .path("revision"))
                .longValue();
        as(ann).body(
                Api.with(
                        body("HOSTILE", "EN", "Stay calm (2)", "t1"),
                        "expectedRevision",
                        revision))
                .put("/playbooks/" + carlsPlaybook)
                .then()
                .statusCode(200);
        String otherTenants = published(
                TestTokens.admin(other, "ann"),
                body("PRICE_FOCUSED", "EN", "Elsewhere", null));
        return new Fixture(annsPlaybook, carlsPlaybook, otherTenants);
    }

    @Test
    void journalsServiceTokenErasesThePersonsAuthorFieldsInItsTenantOnly() throws SQLException {
        Fixture f = fixture();

        erase(serviceToken(tenant), "ann").statusCode(204);

        assertEquals(Arrays.asList("erased", "erased", null), authors(f.annsPlaybook()));
        assertEquals(Arrays.asList("erased"), publishers(f.annsPlaybook()));
        // Carl's own fields stay; Ann's draft edit of his playbook does not
        assertEquals(Arrays.asList("carl", "carl", "erased"), authors(f.carlsPlaybook()));
        assertEquals(Arrays.asList("carl"), publishers(f.carlsPlaybook()));
        // the same id in another tenant is another person
        assertEquals(Arrays.asList("ann", "ann", null), authors(f.otherTenants()));
        assertEquals(Arrays.asList("ann"), publishers(f.otherTenants()));
        // content and readers' view unchanged
        as(carl).get("/playbooks/" + f.annsPlaybook())
                .then()
                .statusCode(200)
                .body("title", equalTo("Value first"));

        // idempotent
        erase(serviceToken(tenant), "ann").statusCode(204);
        assertEquals(Arrays.asList("erased", "erased", null), authors(f.annsPlaybook()));
        erase(serviceToken(tenant), "nobody-at-all").statusCode(204);
    }

    @Test
    void anAdminMayEraseAPersonOfTheTenant() throws SQLException {
        Fixture f = fixture();
        erase(TestTokens.admin(tenant, "root"), "carl").statusCode(204);
        assertEquals(Arrays.asList("erased", "erased", "ann"), authors(f.carlsPlaybook()));
        assertEquals(Arrays.asList("erased"), publishers(f.carlsPlaybook()));
        assertEquals(Arrays.asList("ann", "ann", null), authors(f.annsPlaybook()));

        // another tenant's admin erases in their own tenant only
        erase(TestTokens.admin(other, "root"), "ann").statusCode(204);
        assertEquals(Arrays.asList("ann", "ann", null), authors(f.annsPlaybook()));
        assertEquals(Arrays.asList("erased", "erased", null), authors(f.otherTenants()));
    }

    @Test
    void repsAndCoachesMayNotErase() throws SQLException {
        Fixture f = fixture();
        erase(TestTokens.rep(tenant, "rita", "t1"), "ann")
                .statusCode(403)
                .body("type", equalTo("https://onme.io/problems/forbidden"));
        erase(carl, "ann").statusCode(403);
        assertEquals(Arrays.asList("ann", "ann", null), authors(f.annsPlaybook()));
    }

    @Test
    void serviceTokensFromAnUntrustedKeyForAnotherAudienceOrElsewhereAreRefused()
            throws SQLException {
        Fixture f = fixture();
        // a key outside the service JWKS
        refused(erase(TestTokens.service(tenant, "service-x").audience(AUDIENCE).sign(), "ann"));
        // a token for scoring-service is not one for playbook-service
        refused(erase(TestTokens.service(tenant, "service-a").sign(), "ann"));
        // no kid
        refused(
                erase(
                        TestTokens.service(tenant, "service-a")
                                .audience(AUDIENCE)
                                .keyId(null)
                                .sign(),
                        "ann"));
        assertEquals(Arrays.asList("ann", "ann", null), authors(f.annsPlaybook()));
        // a service token is taken on DELETE /people only
        refused(given().auth().oauth2(serviceToken(tenant)).when().get("/playbooks").then());
        // a user token claiming the service group is not a service
        refused(erase(TestTokens.builder(tenant, "mallory").group("service").sign(), "ann"));
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(401).body("type", equalTo("https://onme.io/problems/unauthenticated"));
    }

    /** created_by, updated_by, draft_updated_by of one playbook. */
    private List<String> authors(String playbookId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select created_by, updated_by, draft_updated_by from playbooks"
                                + " where id = ?")) {
            s.setString(1, playbookId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                List<String> values = new ArrayList<>();
                values.add(rs.getString(1));
                values.add(rs.getString(2));
                values.add(rs.getString(3));
                return values;
            }
        }
    }

    private List<String> publishers(String playbookId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select published_by from playbook_versions where playbook_id = ?"
                                + " order by version")) {
            s.setString(1, playbookId);
            try (ResultSet rs = s.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        }
    }
}
