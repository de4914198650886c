package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.logId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;

/** GET /people/me/export: the caller's own encounters and the notes on them, nobody else's. */
@QuarkusTest
class DataExportResourceTest {

    private final String tenant = Journal.tenant();

    @Test
    void everyoneExportsTheirOwnEncountersWithTheirNotesOnly() {
        String rita = TestTokens.rep(tenant, "rita", "t1");
        String bob = TestTokens.rep(tenant, "bob", "t1");
        String carl = TestTokens.coach(tenant, "carl", "t1");
        String root = TestTokens.admin(tenant, "root");
        String first = logId(rita, encounter("Acme", "It is on me to call back."));
        String second = logId(rita, encounter("Initech", "שיחה רגילה."));
        String gone = logId(rita, encounter("Globex", "Deleted later."));
        as(rita).delete("/encounters/" + gone).then().statusCode(204);
        String bobs = logId(bob, encounter("Acme", "Plain account."));
        as(carl).body(Map.of("text", "Well done"))
                .post("/encounters/" + first + "/notes")
                .then()
                .statusCode(201);
        String ritaElsewhere = TestTokens.rep(Journal.tenant(), "rita", "t1");
        String elsewhere = logId(ritaElsewhere, encounter("Acme", "Plain account."));

        as(rita).get("/people/me/export")
                .then()
                .statusCode(200)
                .body("personId", equalTo("rita"))
                .body("exportedAt", notNullValue())
                .body("encounters.id", containsInAnyOrder(first, second))
                .body(
                        "encounters.find { it.id == '" + first + "' }.notes.text",
                        contains("Well done"))
                .body(
                        "encounters.find { it.id == '" + second + "' }.reflection",
                        equalTo("שיחה רגילה."));
        // seeing someone's encounters is not owning them
        as(carl).get("/people/me/export")
                .then()
                .statusCode(200)
                .body("encounters.size()", equalTo(0));
        as(root).get("/people/me/export")
                .then()
                .statusCode(200)
                .body("encounters.size()", equalTo(0));
        as(bob).get("/people/me/export").then().body("encounters.id", contains(bobs));
        as(ritaElsewhere)
                .get("/people/me/export")
                .then()
                .body("encounters.id", contains(elsewhere));
        given().get("/people/me/export").then().statusCode(401);
    }
}
