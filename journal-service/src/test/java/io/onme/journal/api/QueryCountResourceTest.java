package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.logId;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.bson.BsonDocument;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.persistence.IndexInitializer;
import io.onme.journal.support.CommandCounter;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Round trips to MongoDB, counted by a command listener: a batch is one query, a page is one query
 * plus one count. (The test server has no explain, so index use is checked by definition.)
 */
@QuarkusTest
class QueryCountResourceTest {

    @Inject
    CommandCounter commands;

    @Test
    void aBatchOfManyIdsIsOneQuery() {
        String rep = TestTokens.rep(Journal.tenant(), "q", "t1");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(logId(rep, encounter("Q" + i, "entry " + i)));
        }
        long before = commands.count("find encounters");
        as(rep).queryParam("id", ids.toArray())
                .get("/encounters/batch")
                .then()
                .statusCode(200)
                .body("$", hasSize(25));
        assertEquals(1, commands.count("find encounters") - before);
    }

    @Test
    void aPageIsOneQueryAndOneCount() {
        String rep = TestTokens.rep(Journal.tenant(), "q", "t1");
        for (int i = 0; i < 5; i++) {
            logId(rep, encounter("Q", "entry " + i));
        }
        // the outbox relay reads the same collection on its own schedule; a pass of it can land
        // inside one measurement, so the page's own cost is the smallest of a few measurements
        long fewestFinds = Long.MAX_VALUE;
        long fewestCounts = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            long finds = commands.count("find encounters");
            long counts = commands.count("aggregate encounters");
            as(rep).queryParam("limit", 2).get("/encounters").then().statusCode(200);
            fewestFinds = Math.min(fewestFinds, commands.count("find encounters") - finds);
            fewestCounts = Math.min(fewestCounts, commands.count("aggregate encounters") - counts);
        }
        assertEquals(1, fewestFinds);
        assertEquals(1, fewestCounts);
    }

    @Test
    void everyListFilterHasAnIndexLedByTheTenantAndEndingWithTheSortKey() {
        Map<String, Bson> indexes = IndexInitializer.encounterIndexes();
        Set<List<String>> keyLists = indexes.values().stream()
                .map(
                        b -> new ArrayList<>(
                                b.toBsonDocument(
                                        BsonDocument.class,
                                        com.mongodb.MongoClientSettings
                                                .getDefaultCodecRegistry())
                                        .keySet()))
                .collect(Collectors.toSet());
        for (String filter : List.of("repId", "teamId", "customerId", "outcome", "score.stance", "archetype")) {
            assertTrue(keyLists.contains(List.of("tenantId", filter, "occurredAt", "_id")), filter);
        }
        assertTrue(
                keyLists.contains(List.of("tenantId", "occurredAt", "_id")),
                "date range / no filter");
        assertTrue(keyLists.contains(List.of("delivery.dueAt")), "relay claims");
    }
}
