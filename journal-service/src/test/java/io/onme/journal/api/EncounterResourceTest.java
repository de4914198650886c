package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.log;
import static io.onme.journal.support.Journal.logId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EncounterResourceTest {

    private static final String HEBREW = "הלקוח היה ספקן לגבי המחיר, אבל זה עליי: לא הראיתי לו ערך. בפעם הבאה אביא נתונים.";

    @Test
    void logsAHebrewEncounterAndReadsItBack() {
        String tenant = Journal.tenant();
        String rep = TestTokens.builder(tenant, "dana")
                .name("דנה כהן")
                .group("rep")
                .team("north")
                .sign();
        Map<String, Object> body = encounter("מאפיית לוי", HEBREW);
        body.put("dealValue", Map.of("amount", "1250.10", "currency", "ILS"));
        body.put("playbookIds", List.of("pb-1", "pb-2"));
        body.put("followUpAt", Instant.now().plus(Duration.ofDays(3)).toString());

        String id = log(rep, body)
                .statusCode(201)
                .header("Location", containsString("/encounters/"))
                .body("repId", equalTo("dana"))
                .body("repName", equalTo("דנה כהן"))
                .body("teamId", equalTo("north"))
                .body("customer.name", equalTo("מאפיית לוי"))
                .body("customer.id", notNullValue())
                .body("reflection", equalTo(HEBREW))
                .body("language", equalTo("HE"))
                .body("dealValue.amount", equalTo("1250.10"))
                .body("dealValue.currency", equalTo("ILS"))
                .body("playbookIds", contains("pb-1", "pb-2"))
                .body("revision", equalTo(1))
                .body("scoreStatus", notNullValue())
                .body("notes", hasSize(0))
                .extract()
                .path("id");

        as(rep).get("/encounters/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("reflection", equalTo(HEBREW))
                .body("archetype", equalTo("SKEPTICAL"))
                .body("intensity", equalTo(3))
                .body("channel", equalTo("MEETING"))
                .body("tactics", contains("asked for proof"))
                .body("outcome", equalTo("PROGRESSING"))
                .body("dealValue.amount", equalTo("1250.10"));
    }

    @Test
    void languageFollowsTheDominantScriptUnlessGiven() {
        String rep = TestTokens.rep(Journal.tenant(), "eli", "t1");
        log(
                rep,
                encounter(
                        "Acme",
                        "I talked too much; next time I will ask about the budget first."))
                .statusCode(201)
                .body("language", equalTo("EN"));
        log(rep, encounter("Acme", "שיחה עם Acme על CRM, הלקוח ביקש הצעה"))
                .statusCode(201)
                .body("language", equalTo("HE"));
        Map<String, Object> explicit = encounter("Acme", "Plain English text");
        explicit.put("language", "HE");
        log(rep, explicit).statusCode(201).body("language", equalTo("HE"));
    }

    @Test
    void reusesACustomerByIdAndByNameWithinTheTenant() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "rina", "t1");
        String customerId = log(rep, encounter("Globex  Ltd", "first"))
                .statusCode(201)
                .extract()
                .path("customer.id");
        Map<String, Object> byId = encounter("ignored", "second");
        byId.put("customer", Map.of("id", customerId));
        log(rep, byId)
                .statusCode(201)
                .body("customer.id", equalTo(customerId))
                .body("customer.name", equalTo("Globex  Ltd"));
        log(rep, encounter("globex ltd", "third"))
                .statusCode(201)
                .body("customer.id", equalTo(customerId));

        // the same id from another tenant is unknown there
        Map<String, Object> foreign = encounter("x", "fourth");
        foreign.put("customer", Map.of("id", customerId));
        log(TestTokens.rep(Journal.tenant(), "rina", "t1"), foreign)
                .statusCode(400)
                .body("errors.field", hasItem("customer.id"));
        Map<String, Object> unknown = encounter("x", "fifth");
        unknown.put("customer", Map.of("id", "not-an-id"));
        log(rep, unknown).statusCode(400).body("errors.field", hasItem("customer.id"));
    }

    @Test
    void teamMustBeOneOfTheCallersTeams() {
        String tenant = Journal.tenant();
        String twoTeams = TestTokens.rep(tenant, "moshe", "a", "b");
        log(twoTeams, encounter("C", "text"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("teamId"));
        Map<String, Object> withTeam = encounter("C", "text");
        withTeam.put("teamId", "b");
        log(twoTeams, withTeam).statusCode(201).body("teamId", equalTo("b"));
        withTeam.put("teamId", "c");
        log(twoTeams, withTeam).statusCode(400).body("errors.field", hasItem("teamId"));
        log(TestTokens.rep(tenant, "loner"), encounter("C", "text"))
                .statusCode(400)
                .body("errors.field", hasItem("teamId"));
    }

    @Test
    void listsNewestFirstWithFiltersAndCursor() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "avi", "t1");
        Instant base = Instant.parse("2026-01-10T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = encounter(i % 2 == 0 ? "Even" : "Odd", "entry " + i);
            body.put("occurredAt", base.plus(Duration.ofHours(i)).toString());
            body.put("outcome", i == 4 ? "WON" : "LOST");
            logId(rep, body);
        }
        var first = as(rep).queryParam("limit", 2)
                .get("/encounters")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(5))
                .body("items.reflection", contains("entry 4", "entry 3"))
                .extract();
        String cursor = first.path("nextCursor");
        as(rep).queryParam("limit", 2)
                .queryParam("after", cursor)
                .get("/encounters")
                .then()
                .statusCode(200)
                .body("items.reflection", contains("entry 2", "entry 1"));
        as(rep).queryParam("outcome", "WON")
                .get("/encounters")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items.reflection", contains("entry 4"))
                .body("nextCursor", nullValue());
        as(rep).queryParam("from", base.plus(Duration.ofHours(1)).toString())
                .queryParam("to", base.plus(Duration.ofHours(3)).toString())
                .get("/encounters")
                .then()
                .statusCode(200)
                .body("items.reflection", contains("entry 2", "entry 1"));
        String evenCustomer = as(rep).queryParam("outcome", "WON")
                .get("/encounters")
                .then()
                .extract()
                .path("items[0].customer.id");
        as(rep).queryParam("customerId", evenCustomer)
                .get("/encounters")
                .then()
                .statusCode(200)
                .body("items.reflection", contains("entry 4", "entry 2", "entry 0"));
        as(rep).queryParam("archetype", "SKEPTICAL")
                .queryParam("teamId", "t1")
                .queryParam("repId", "avi")
                .get("/encounters")
                .then()
                .body("totalCount", equalTo(5));
        as(rep).queryParam("archetype", "HOSTILE")
                .get("/encounters")
                .then()
                .body("totalCount", equalTo(0));
        as(rep).queryParam("limit", 0).get("/encounters").then().statusCode(400);
        as(rep).queryParam("limit", 101).get("/encounters").then().statusCode(400);
        as(rep).queryParam("outcome", "MAYBE")
                .get("/encounters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("outcome"));
        as(rep).queryParam("after", "garbage!")
                .get("/encounters")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("after"));
    }

    @Test
    void batchAnswersVisibleItemsInTheOrderAsked() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "gil", "t1");
        String a = logId(rep, encounter("A", "a"));
        String b = logId(rep, encounter("B", "b"));
        String others = logId(TestTokens.rep(tenant, "other", "t2"), encounter("C", "c"));
        as(rep).queryParam("id", b, "000000000000000000000000", a, others, "junk")
                .get("/encounters/batch")
                .then()
                .statusCode(200)
                .body("id", contains(b, a));
    }

    @Test
    void visibilityByRole() {
        String tenant = Journal.tenant();
        String repA = TestTokens.rep(tenant, "a", "red");
        String repB = TestTokens.rep(tenant, "b", "blue");
        String idA = logId(repA, encounter("X", "a's"));
        String idB = logId(repB, encounter("Y", "b's"));

        as(repB).get("/encounters/" + idA)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(repB).get("/encounters").then().body("items.id", contains(idB));

        String coachRed = TestTokens.coach(tenant, "coach", "red");
        as(coachRed).get("/encounters/" + idA).then().statusCode(200);
        as(coachRed).get("/encounters/" + idB).then().statusCode(404);
        as(coachRed).get("/encounters").then().body("items.id", contains(idA));

        String admin = TestTokens.admin(tenant, "boss");
        as(admin).get("/encounters").then().body("totalCount", equalTo(2));
        as(admin)
                .queryParam("repId", "b")
                .get("/encounters")
                .then()
                .body("items.id", contains(idB));
        as(admin)
                .queryParam("teamId", "red")
                .get("/encounters")
                .then()
                .body("items.id", contains(idA));
    }

    @Test
    void anotherTenantSeesNothing() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "same-user", "t1");
        String id = logId(rep, encounter("Secret Corp", "private"));
        String foreignRep = TestTokens.rep(Journal.tenant(), "same-user", "t1");
        String foreignAdmin = TestTokens.admin(Journal.tenant(), "root");
        for (String foreign : List.of(foreignRep, foreignAdmin)) {
            as(foreign)
                    .get("/encounters/" + id)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
            as(foreign)
                    .queryParam("id", id)
                    .get("/encounters/batch")
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(0));
            as(foreign).get("/encounters").then().statusCode(200).body("totalCount", equalTo(0));
            as(foreign)
                    .body(Map.of("outcome", "WON"))
                    .patch("/encounters/" + id)
                    .then()
                    .statusCode(404);
            as(foreign)
                    .body(Map.of("text", "note"))
                    .post("/encounters/" + id + "/notes")
                    .then()
                    .statusCode(404);
            as(foreign).delete("/encounters/" + id).then().statusCode(404);
        }
        as(rep).get("/encounters/" + id)
                .then()
                .statusCode(200)
                .body("reflection", equalTo("private"));
    }

    @Test
    void missingOrInvalidTokensAre401Problems() {
        String tenant = Journal.tenant();
        given().get("/encounters")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().auth()
                .oauth2("not.a.jwt")
                .get("/encounters")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        String expired = TestTokens.builder(tenant, "u")
                .group("rep")
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .lifetime(Duration.ofMinutes(5))
                .sign();
        given().auth().oauth2(expired).get("/encounters").then().statusCode(401);
        String wrongIssuer = TestTokens.builder(tenant, "u").group("rep").issuer("https://evil.example").sign();
        given().auth().oauth2(wrongIssuer).get("/encounters").then().statusCode(401);
        String noTenant = TestTokens.builder(tenant, "u").group("rep").tenant(null).sign();
        given().auth()
                .oauth2(noTenant)
                .get("/encounters")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body(encounter("A", "b"))
                .post("/encounters")
                .then()
                .statusCode(401);
        given().get("/encounters/batch?id=x").then().statusCode(401);
        given().delete("/encounters/000000000000000000000000").then().statusCode(401);
    }

    @Test
    void badInputIs400WithAProblemBody() {
        String rep = TestTokens.rep(Journal.tenant(), "u", "t1");
        Map<String, Object> blank = encounter("A", "   ");
        log(rep, blank)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", startsWith("https://onme.io/problems/"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("errors.field", hasItem("reflection"));

        Map<String, Object> intense = encounter("A", "ok");
        intense.put("intensity", 9);
        log(rep, intense).statusCode(400).body("errors.field", hasItem("intensity"));

        Map<String, Object> badEnum = encounter("A", "ok");
        badEnum.put("archetype", "GRUMPY");
        log(rep, badEnum)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("archetype"))
                .body("detail", containsString("SKEPTICAL"));

        as(rep).body("{\"customer\": {\"name\": \"A\"}, \"reflection\": ")
                .post("/encounters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onme.io/problems/unreadable-body"))
                .body("title", equalTo("Unreadable request body"))
                .body("detail", is("the request body is not valid JSON"));

        as(rep).body("")
                .post("/encounters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        Map<String, Object> missing = encounter("A", "ok");
        missing.remove("occurredAt");
        missing.remove("outcome");
        log(rep, missing)
                .statusCode(400)
                .body("errors.field", hasItem("occurredAt"))
                .body("errors.field", hasItem("outcome"));

        Map<String, Object> tooLong = encounter("A", "א".repeat(10_001));
        log(rep, tooLong).statusCode(400).body("errors.field", hasItem("reflection"));
        log(rep, encounter("A", "א".repeat(10_000))).statusCode(201);
    }

    @Test
    void batchIsCappedAndUnknownPathsAreProblemsToo() {
        String rep = TestTokens.rep(Journal.tenant(), "u", "t1");
        String[] ids = new String[101];
        java.util.Arrays.fill(ids, "000000000000000000000000");
        as(rep).queryParam("id", (Object[]) ids)
                .get("/encounters/batch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("id"));
        as(rep).get("/encounters/batch").then().statusCode(200).body("$", hasSize(0));
        as(rep).get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
        as(rep).contentType("text/plain")
                .body("hello")
                .post("/encounters")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aUserTokenClaimingTheServiceGroupIsNoLogin() {
        // the same rule in every service (TokenRules): only a verified service token acts as a
        // service
        String service = TestTokens.builder(Journal.tenant(), "svc:other")
                .group("service")
                .team("t1")
                .sign();
        log(service, encounter("A", "text"))
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onme.io/problems/unauthenticated"));
        as(service).get("/encounters").then().statusCode(401);
    }

    @Test
    void problemBodiesNeverLeakInternals() {
        String rep = TestTokens.rep(Journal.tenant(), "u", "t1");
        Map<String, Object> wrongType = encounter("A", "ok");
        wrongType.put("intensity", "very");
        String body = log(rep, wrongType).statusCode(400).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(
                body.contains("java.") || body.contains("Exception") || body.contains("io.onme"),
                body);
    }
}
