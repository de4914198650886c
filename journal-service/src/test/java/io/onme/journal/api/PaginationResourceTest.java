package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.logId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;

/** Cursor pages stay exact while other encounters are being logged. */
@QuarkusTest
class PaginationResourceTest {

    @Test
    void pagesHaveNoDuplicatesOrGapsUnderConcurrentInserts() throws Exception {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "pager", "t1");
        Instant base = Instant.parse("2026-06-01T08:00:00Z");
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Map<String, Object> body = encounter("Pager", "entry " + i);
            // pairs share a timestamp, so the _id tie-break is exercised too
            body.put("occurredAt", base.plus(Duration.ofMinutes(i / 2)).toString());
            original.add(logId(rep, body));
        }

        AtomicBoolean paging = new AtomicBoolean(true);
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(
                () -> {
                    int written = 0;
                    while (paging.get() && written < 200) {
                        Map<String, Object> body = encounter("Pager", "concurrent " + written);
                        // newer than every original one, and one exactly on a page
                        // boundary's timestamp
                        body.put(
                                "occurredAt",
                                (written % 2 == 0
                                        ? Instant.now().minusSeconds(5)
                                        : base.plus(Duration.ofMinutes(7)))
                                        .toString());
                        logId(rep, body);
                        written++;
                    }
                    return written;
                });

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(rep).queryParam("limit", 7)
                    .queryParam("to", base.plus(Duration.ofHours(1)).toString());
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.get("/encounters").then().statusCode(200).extract();
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        paging.set(false);
        int written = writer.get();

        Set<String> unique = new HashSet<>(seen);
        assertEquals(seen.size(), unique.size(), "no duplicates across pages");
        assertTrue(unique.containsAll(original), "no original encounter skipped");
        assertTrue(written > 0);
    }
}
