package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.log;
import static io.onme.journal.support.Journal.logId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every input rule of issue 4, each with a clear field error, and operator-looking input kept as
 * data.
 */
@QuarkusTest
class ValidationResourceTest {

    private final String rep = TestTokens.rep(Journal.tenant(), "val", "t1");

    private void rejected(Map<String, Object> body, String field) {
        log(rep, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    private Map<String, Object> with(String key, Object value) {
        Map<String, Object> body = encounter("Validation Ltd", "text");
        body.put(key, value);
        return body;
    }

    @Test
    void datesMustBeSensible() {
        rejected(with("occurredAt", "1999-12-31T23:59:59Z"), "occurredAt");
        rejected(
                with("occurredAt", Instant.now().plus(Duration.ofDays(2)).toString()),
                "occurredAt");
        log(rep, with("occurredAt", Instant.now().plus(Duration.ofHours(20)).toString()))
                .statusCode(201);
        rejected(with("occurredAt", "yesterday"), "occurredAt");

        Map<String, Object> followUpBefore = encounter("V", "text");
        followUpBefore.put("occurredAt", "2026-03-01T10:00:00Z");
        followUpBefore.put("followUpAt", "2026-02-28T10:00:00Z");
        rejected(followUpBefore, "followUpAt");
        followUpBefore.put("followUpAt", "2026-03-01T10:00:00Z");
        rejected(followUpBefore, "followUpAt");
        followUpBefore.put("followUpAt", "2026-03-02T09:00:00+02:00");
        log(rep, followUpBefore)
                .statusCode(201)
                .body("followUpAt", equalTo("2026-03-02T07:00:00Z"));
    }

    @Test
    void moneyIsExactNonNegativeAndInARealCurrency() {
        rejected(with("dealValue", Map.of("amount", "-1", "currency", "ILS")), "dealValue.amount");
        rejected(
                with("dealValue", Map.of("amount", "10", "currency", "XYZ")), "dealValue.currency");
        rejected(
                with("dealValue", Map.of("amount", "10", "currency", "ils")), "dealValue.currency");
        rejected(with("dealValue", Map.of("amount", "ten", "currency", "ILS")), "dealValue.amount");
        rejected(with("dealValue", Map.of("currency", "ILS")), "dealValue.amount");
        log(rep, with("dealValue", Map.of("amount", "0", "currency", "EUR")))
                .statusCode(201)
                .body("dealValue.amount", equalTo("0"));
        log(rep, with("dealValue", Map.of("amount", "12345678901234.5678", "currency", "JPY")))
                .statusCode(201)
                .body("dealValue.amount", equalTo("12345678901234.5678"));
        log(rep, with("dealValue", Map.of("amount", 0.1, "currency", "USD")))
                .statusCode(201)
                .body("dealValue.amount", equalTo("0.1"));
    }

    @Test
    void enumsAndRangesAreChecked() {
        rejected(with("intensity", 0), "intensity");
        rejected(with("intensity", 6), "intensity");
        rejected(with("channel", "PIGEON"), "channel");
        rejected(with("outcome", "won"), "outcome");
        rejected(with("language", "FR"), "language");
        rejected(with("tactics", List.of("ok", " ")), "tactics[1]");
        rejected(with("customer", Map.of()), "customer");
        rejected(with("reflection", null), "reflection");
        for (int intensity = 1; intensity <= 5; intensity++) {
            log(rep, with("intensity", intensity))
                    .statusCode(201)
                    .body("intensity", equalTo(intensity));
        }
    }

    @Test
    void unknownFieldsAreRejected() {
        rejected(with("$where", "sleep(1000)"), "$where");
        rejected(with("tenantId", "someone-else"), "tenantId");
        rejected(with("customer", Map.of("name", Map.of("$gt", ""))), "customer.name");
        rejected(with("customer", Map.of("$gt", "")), "customer.$gt");
    }

    @Test
    void operatorLookingValuesAreStoredAsData() {
        Map<String, Object> body = encounter("$where: function() { return true }", "{\"$ne\": null} is what I typed");
        body.put("tactics", List.of("$set", "a.b.c", "{\"$gt\": \"\"}"));
        body.put("playbookIds", List.of("$in"));
        String id = log(rep, body)
                .statusCode(201)
                .body("customer.name", equalTo("$where: function() { return true }"))
                .body("tactics", contains("$set", "a.b.c", "{\"$gt\": \"\"}"))
                .extract()
                .path("id");
        as(rep).get("/encounters/" + id)
                .then()
                .statusCode(200)
                .body("reflection", equalTo("{\"$ne\": null} is what I typed"))
                .body("playbookIds", contains("$in"));

        // filters compare values literally: an operator in a parameter matches nothing
        as(rep).queryParam("customerId", "{\"$ne\": null}")
                .get("/encounters")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(0));
        as(rep).queryParam("repId", "{\"$gt\": \"\"}")
                .get("/encounters")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(0));
        as(rep).queryParam("prefix", "$where")
                .get("/customers")
                .then()
                .statusCode(200)
                .body("name", contains("$where: function() { return true }"));
        as(rep).queryParam("prefix", ".*")
                .get("/customers")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Map<String, Object> body = encounter("V", "text");
        body.put("occurredAt", "1990-01-01T00:00:00Z");
        body.put("dealValue", Map.of("amount", "-5", "currency", "QQQ"));
        log(rep, body)
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItems("occurredAt", "dealValue.amount", "dealValue.currency"));
        Map<String, Object> fields = encounter("V", " ");
        fields.put("intensity", 7);
        log(rep, fields).statusCode(400).body("errors.field", hasItems("reflection", "intensity"));
    }

    @Test
    void reflectionIsRequiredAndAtMostTenThousandCharacters() {
        rejected(with("reflection", ""), "reflection");
        rejected(with("reflection", "x".repeat(10_001)), "reflection");
        String id = logId(rep, with("reflection", "ש".repeat(10_000)));
        as(rep).get("/encounters/" + id).then().body("reflection.length()", equalTo(10_000));
    }
}
