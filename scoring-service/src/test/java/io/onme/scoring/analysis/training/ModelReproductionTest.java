package io.onme.scoring.analysis.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import io.onme.scoring.analysis.AttributionModels;

/** The committed models are exactly what a fresh training on the corpus gives (./onme train). */
class ModelReproductionTest {

    @Test
    void aFreshTrainingReproducesTheShippedModels() throws Exception {
        AttributionModels fresh = TrainMain.trainShipped(CorpusTest.CORPUS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrainMain.write(fresh, bytes);
        byte[] shipped;
        try (InputStream in = AttributionModels.class.getResourceAsStream(AttributionModels.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertEquals(
                AttributionModels.bundled().id(),
                fresh.id(),
                "models trained from another corpus or settings: run ./onme train");
        assertArrayEquals(
                shipped,
                bytes.toByteArray(),
                "the shipped models differ from a fresh training: run ./onme train");
    }
}
