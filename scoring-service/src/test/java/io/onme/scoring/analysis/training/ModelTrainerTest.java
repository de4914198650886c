package io.onme.scoring.analysis.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.onme.scoring.analysis.AttributionModels;
import io.onme.scoring.analysis.FeatureIndex;
import io.onme.scoring.analysis.LinearModel;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The compact model answers exactly what OpenNLP's trained model answers, and survives a round
 * trip.
 */
class ModelTrainerTest {

    @Test
    void compactModelEqualsOpenNlpsModel() throws Exception {
        Random random = new Random(7);
        List<Event> events = new ArrayList<>();
        String[] outcomes = { "a", "b", "c" };
        for (int i = 0; i < 300; i++) {
            String outcome = outcomes[i % 3];
            List<String> f = new ArrayList<>();
            f.add("f" + outcome + random.nextInt(3));
            f.add("noise" + random.nextInt(20));
            if (random.nextBoolean()) {
                f.add("shared");
            }
            events.add(new Event(outcome, f.toArray(String[]::new)));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(QNTrainer.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        AbstractModel open = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
        ModelTrainer.Trained trained = ModelTrainer.compact(open);
        FeatureIndex index = new FeatureIndex(List.copyOf(new java.util.TreeSet<>(trained.weights().keySet())));
        LinearModel compact = trained.over(index);

        for (String[] context : List.of(
                new String[] { "fa1", "noise3" },
                new String[] { "fb2", "shared" },
                new String[] { "fc0", "unknown", "shared" },
                new String[] { "nothing-known" })) {
            double[] expected = open.eval(context);
            double[] got = compact.probabilities(index.rows(List.of(context)));
            for (String o : outcomes) {
                assertEquals(
                        expected[open.getIndex(o)],
                        got[compact.outcomeIndex(o)],
                        1e-5,
                        o + " for " + List.of(context));
            }
        }
        assertTrue(
                compact.probabilities(index.rows(List.of("fa1")))[compact.outcomeIndex("a")] > 0.5,
                "learned something");
    }

    @Test
    void modelsSurviveARoundTrip() throws Exception {
        ModelTrainer trainer = new ModelTrainer(new ModelTrainer.Settings(50, 1, 1, 0.5, 0.5));
        AttributionModels models = trainer.train(trainer.examples(TinyCorpus.items()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        models.write(bytes);
        AttributionModels reread = AttributionModels.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(models.id(), reread.id());
        assertEquals(models.features().size(), reread.features().size());
        int[] rows = reread.features().rows(List.of("w:shipping", "w:lost", "L:EN"));
        assertArrayEquals(
                models.stance().probabilities(rows), reread.stance().probabilities(rows), 0.0);
        assertEquals(models.targetThreshold(), reread.targetThreshold());
    }

    @Test
    void trainingTwiceGivesTheSameBytes() throws Exception {
        List<CorpusItem> items = TinyCorpus.items();
        ModelTrainer trainer = new ModelTrainer(new ModelTrainer.Settings(50, 1, 1, 0.5, 0.5));
        AttributionModels first = trainer.train(trainer.examples(items));
        AttributionModels second = new ModelTrainer(new ModelTrainer.Settings(50, 1, 1, 0.5, 0.5))
                .train(trainer.examples(items));
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        TrainMain.write(first, a);
        TrainMain.write(second, b);
        assertEquals(first.id(), second.id());
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }
}
