package io.onme.scoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.OpenApiProbe;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** /q/openapi lists every status an operation can answer, and which fields may be null. */
@QuarkusTest
class OpenApiContractResourceTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationListsItsErrorAnswers() {
        OpenApiProbe probe = OpenApiProbe.of(base);
        assertEquals(
                List.of(), probe.missingErrorAnswers(), "operations without their error answers");
        Map<String, Set<String>> particular = Map.of(
                "PUT /scores/{encounterId}", Set.of("200", "400", "401", "404", "500"),
                "DELETE /scores/{encounterId}", Set.of("204", "400", "401", "404", "500"),
                "POST /tenant-phrases", Set.of("201", "400", "401", "404", "409", "500"),
                "GET /tenant-phrases", Set.of("200", "401", "404", "500"),
                "POST /admin/rescore", Set.of("202", "401", "404", "500"),
                "GET /profiles/{repId}", Set.of("200", "400", "401", "404", "500"));
        particular.forEach(
                (operation, statuses) -> assertEquals(statuses, probe.statuses(operation), operation));
    }

    @Test
    void fieldsThatMayBeNullAreMarkedNullable() {
        OpenApiProbe probe = OpenApiProbe.of(base);
        for (String field : List.of(
                "RepProfile.ownershipIndex",
                "RepProfile.winRate",
                "TrendPoint.ownershipIndex",
                "Persistence.abandonmentRate",
                "QuartileOutcome.minScore",
                "Member.displayName",
                "EvidenceView.target",
                "TenantPhraseView.target",
                "RescoreJobView.finishedAt",
                "ScoreRequest.dealValue",
                "AnalyzeRequest.language")) {
            assertEquals(true, probe.isNullable(field), field + " is nullable");
        }
        for (String field : List.of("RepProfile.entries", "ScoreFactView.encounterId", "AnalyzeRequest.text")) {
            assertEquals(false, probe.isNullable(field), field + " is not nullable");
        }
    }
}
