package io.onme.journal.api;

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
                "POST /encounters", Set.of("200", "201", "400", "401", "403", "409", "500"),
                "PATCH /encounters/{id}", Set.of("200", "400", "401", "404", "409", "500"),
                "DELETE /encounters/{id}", Set.of("204", "400", "401", "404", "409", "500"),
                "POST /encounters/{id}/notes",
                Set.of("201", "400", "401", "403", "404", "500"),
                "GET /admin/deliveries", Set.of("200", "400", "401", "404", "500"),
                "POST /admin/deliveries/{encounterId}/retry",
                Set.of("202", "400", "401", "404", "409", "500"));
        particular.forEach(
                (operation, statuses) -> assertEquals(statuses, probe.statuses(operation), operation));
    }

    @Test
    void fieldsThatMayBeNullAreMarkedNullable() {
        OpenApiProbe probe = OpenApiProbe.of(base);
        for (String field : List.of(
                "EncounterView.dealValue",
                "EncounterView.followUpAt",
                "EncounterView.score",
                "EncounterView.archetype",
                "EncounterView.intensity",
                "DeliveryView.dueAt",
                "DeliveryView.lastError",
                "LogEncounterRequest.clientRequestId",
                "LogEncounterRequest.dealValue",
                "CustomerInput.id",
                "UpdateEncounterRequest.expectedRevision")) {
            assertEquals(true, probe.isNullable(field), field + " is nullable");
        }
        for (String field : List.of(
                "EncounterView.id",
                "EncounterView.reflection",
                "EncounterView.customer",
                "LogEncounterRequest.reflection")) {
            assertEquals(false, probe.isNullable(field), field + " is not nullable");
        }
    }
}
