package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.log;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerResourceTest {

    @Test
    void searchesByPrefixInHebrewAndEnglishWithinTheTenant() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "c", "t1");
        for (String name : new String[] {
                "מאפיית לוי", "מאפיית כהן", "מוסך דוד", "Acme Corp", "acme labs", "Beta"
        }) {
            log(rep, encounter(name, "text")).statusCode(201);
        }
        as(rep).queryParam("prefix", "מאפ")
                .get("/customers")
                .then()
                .statusCode(200)
                .body("name", contains("מאפיית כהן", "מאפיית לוי"));
        as(rep).queryParam("prefix", "ACME")
                .get("/customers")
                .then()
                .statusCode(200)
                .body("name", contains("Acme Corp", "acme labs"));
        as(rep).queryParam("prefix", "acme  c")
                .get("/customers")
                .then()
                .body("name", contains("Acme Corp"));
        as(rep).queryParam("prefix", "מ")
                .queryParam("limit", 2)
                .get("/customers")
                .then()
                .body("$", hasSize(2));
        as(rep).get("/customers").then().body("$", hasSize(6));

        String otherTenant = TestTokens.rep(Journal.tenant(), "c", "t1");
        as(otherTenant)
                .queryParam("prefix", "Acme")
                .get("/customers")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        as(TestTokens.admin(Journal.tenant(), "a")).get("/customers").then().body("$", hasSize(0));
        given().get("/customers").then().statusCode(401);
    }

    @Test
    void theSequenceOfACustomerIsOldestFirstAndOnlyWhatTheCallerSees() {
        String tenant = Journal.tenant();
        String repA = TestTokens.rep(tenant, "a", "red");
        String repB = TestTokens.rep(tenant, "b", "blue");
        String customerId = null;
        String[] times = { "2026-02-03T10:00:00Z", "2026-01-05T10:00:00Z", "2026-03-01T10:00:00Z" };
        String[] outcomes = { "PROGRESSING", "LOST", "WON" };
        for (int i = 0; i < times.length; i++) {
            Map<String, Object> body = encounter("לקוח קבוע", "visit " + i);
            body.put("occurredAt", times[i]);
            body.put("outcome", outcomes[i]);
            customerId = log(i == 2 ? repB : repA, body).statusCode(201).extract().path("customer.id");
        }
        as(repA).get("/customers/" + customerId + "/encounters")
                .then()
                .statusCode(200)
                .body("customer.name", equalTo("לקוח קבוע"))
                .body("encounters.outcome", contains("LOST", "PROGRESSING"))
                .body("totalCount", equalTo(2));
        as(TestTokens.admin(tenant, "boss"))
                .get("/customers/" + customerId + "/encounters")
                .then()
                .body("encounters.outcome", contains("LOST", "PROGRESSING", "WON"));
        as(TestTokens.coach(tenant, "coach", "blue"))
                .get("/customers/" + customerId + "/encounters")
                .then()
                .body("encounters.reflection", containsInAnyOrder("visit 2"));

        as(repA).get("/customers/" + customerId)
                .then()
                .statusCode(200)
                .body("id", equalTo(customerId));
        String foreign = TestTokens.admin(Journal.tenant(), "boss");
        as(foreign)
                .get("/customers/" + customerId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(foreign).get("/customers/" + customerId + "/encounters").then().statusCode(404);
        as(repA).get("/customers/nope/encounters").then().statusCode(404);
        given().get("/customers/" + customerId + "/encounters").then().statusCode(401);
    }
}
