package io.onme.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The catalogue is the table docs/service-apis.md publishes: one slug and status per failure. */
class ProblemTypeTest {

    private static final Pattern ROW = Pattern.compile("^\\s*\\| `([a-z-]+)` \\| (\\d{3}) \\|", Pattern.MULTILINE);

    @Test
    void theCatalogueIsTheDocumentedTable() throws IOException {
        String doc = Files.readString(Path.of("../docs/service-apis.md"), StandardCharsets.UTF_8);
        Map<String, Integer> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(doc);
        while (row.find()) {
            documented.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        Map<String, Integer> catalogue = Arrays.stream(ProblemType.values())
                .collect(
                        Collectors.toMap(
                                ProblemType::slug,
                                ProblemType::status,
                                (a, b) -> a,
                                LinkedHashMap::new));
        assertEquals(catalogue, documented);
    }

    @Test
    void aFrameworkAnswerTakesItsReasonPhraseAsSlug() {
        assertEquals(
                "https://onme.io/problems/unsupported-media-type",
                ProblemType.uriForStatus("Unsupported Media Type"));
        assertEquals(
                "https://onme.io/problems/request-uri-too-long",
                ProblemType.uriForStatus("Request-URI Too Long"));
    }

    @Test
    void fieldProblemsNameTheirFieldsInTheDetail() {
        ProblemException one = ProblemException.badField("limit", "must be a whole number from 1 to 100");
        assertEquals("limit must be a whole number from 1 to 100", one.problem().detail());
        assertEquals("https://onme.io/problems/invalid-input", one.problem().type());
        ProblemException two = ProblemException.badFields(
                java.util.List.of(
                        new Problem.FieldError("occurredAt", "must not be in the future"),
                        new Problem.FieldError("customer", "needs an id or a name")));
        assertEquals(
                "occurredAt must not be in the future; customer needs an id or a name",
                two.problem().detail());
        assertEquals(2, two.problem().errors().size());
        assertEquals(
                java.util.List.of(), ProblemException.notFound("playbook p1").problem().errors());
        assertEquals(
                "playbook p1 was not found", ProblemException.notFound("playbook p1").getMessage());
    }
}
