package io.onme.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.onme.scoring.analysis.eval.Evaluation;
import io.onme.scoring.analysis.eval.LabelledCase;

/**
 * Every change of the analyser's output must come with a new analyser version, because stored
 * scores are rescored by version. The snapshot holds the version and the full analyses of fixed
 * texts; when outputs change under the same version, this fails. Regenerate after bumping {@link
 * AttributionAnalyzer#VERSION} (or retraining, which changes the models' id) with:
 *
 * <pre>
 *   ./mvnw -B -pl scoring-service test -Dtest=GoldenSnapshotTest -Dgolden.update=true
 * </pre>
 */
class GoldenSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/analysis/golden-snapshot.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Snapshot(String version, List<Analysis> analyses) {
    }

    @Test
    void outputsChangeOnlyWithTheVersion() throws Exception {
        AttributionAnalyzer analyzer = new AttributionAnalyzer();
        List<Analysis> now = new ArrayList<>();
        for (String text : texts()) {
            now.add(analyzer.analyze(text, null));
        }
        Snapshot current = new Snapshot(analyzer.version(), now);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(
                    SNAPSHOT, JSON.writeValueAsString(current) + "\n", StandardCharsets.UTF_8);
            return;
        }
        Snapshot stored = JSON.readValue(Files.readString(SNAPSHOT, StandardCharsets.UTF_8), Snapshot.class);
        if (!stored.version().equals(current.version())) {
            fail(
                    "the analyser version is now "
                            + current.version()
                            + " (snapshot: "
                            + stored.version()
                            + "): regenerate the snapshot with -Dgolden.update=true and review the differences");
        }
        for (int i = 0; i < now.size(); i++) {
            assertEquals(
                    stored.analyses().get(i),
                    now.get(i),
                    "the output for snapshot text "
                            + i
                            + " changed under the same version "
                            + current.version()
                            + ": bump AttributionAnalyzer.VERSION");
        }
    }

    private static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("dev-set.jsonl", "own-cases.jsonl")) {
            try (InputStream in = GoldenSnapshotTest.class.getResourceAsStream("/analysis/" + file)) {
                for (LabelledCase c : Evaluation.read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    texts.add(c.text());
                }
            }
        }
        texts.add("");
        texts.add("   ");
        texts.add("שוב ה-CRM קרס באמצע הדמו ו הלקוח ghosted אותי");
        return texts;
    }
}
