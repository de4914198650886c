package io.onme.playbook.api;

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
                "POST /playbooks", Set.of("201", "400", "401", "403", "500"),
                "PUT /playbooks/{id}",
                Set.of("200", "400", "401", "403", "404", "409", "500"),
                "POST /playbooks/{id}/publish",
                Set.of("200", "400", "401", "403", "404", "409", "500"),
                "POST /playbooks/{id}/archive",
                Set.of("200", "400", "401", "403", "404", "409", "500"),
                "POST /playbooks/{id}/fork",
                Set.of("201", "400", "401", "403", "404", "500"),
                "GET /archetypes", Set.of("200", "401", "500"),
                "POST /playbooks/suggestions", Set.of("200", "400", "401", "500"));
        particular.forEach(
                (operation, statuses) -> assertEquals(statuses, probe.statuses(operation), operation));
    }

    @Test
    void fieldsThatMayBeNullAreMarkedNullable() {
        OpenApiProbe probe = OpenApiProbe.of(base);
        for (String field : List.of(
                "PlaybookDto.teamId",
                "PlaybookDto.draftVersion",
                "PlaybookDto.forkedFrom",
                "StepDto.detail",
                "PlaybookInput.teamId",
                "PlaybookInput.expectedRevision",
                "StepInput.detail",
                "Request.archetype",
                "Request.teamId",
                "ForkInput.teamId")) {
            assertEquals(true, probe.isNullable(field), field + " is nullable");
        }
        for (String field : List.of(
                "PlaybookDto.id",
                "PlaybookDto.title",
                "PlaybookDto.steps",
                "PlaybookInput.title")) {
            assertEquals(false, probe.isNullable(field), field + " is not nullable");
        }
    }
}
