package io.onme.scoring.analysis.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.onme.scoring.analysis.AttributionModels;
import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.FeatureIndex;
import io.onme.scoring.analysis.LinearModel;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.analysis.TextFeatures;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the analyser's models from labelled items with Apache OpenNLP's maximum-entropy trainer
 * (L-BFGS with an L2 penalty, one thread: the same items in the same order give the same weights on
 * every machine), then keeps each model in the analyser's compact form.
 */
public final class ModelTrainer {

    /** The training settings; part of the models' id. */
    /**
     * @param cutoff a feature must occur in at least this many training texts
     * @param minWriters and in the texts of at least this many writers: a word only one writer uses
     *        says more about that writer than about stances
     */
    public record Settings(
            int iterations, int cutoff, int minWriters, double l2, double targetThreshold) {

        /**
         * Chosen by leave-writers-out cross-validation over the training writers only (TuneMain).
         */
        public static final Settings DEFAULT = new Settings(150, 2, 1, 4, 0.3);

        @Override
        public String toString() {
            return "qn-i"
                    + iterations
                    + "-c"
                    + cutoff
                    + "-w"
                    + minWriters
                    + "-l2"
                    + l2
                    + "-t"
                    + targetThreshold;
        }
    }

    private final Settings settings;
    private final TextFeatures textFeatures = new TextFeatures();

    public ModelTrainer(Settings settings) {
        this.settings = settings;
    }

    /** An item's features, computed once and reused by every model and fold. */
    public record Example(CorpusItem item, String[] features) {
    }

    public List<Example> examples(List<CorpusItem> items) {
        List<Example> out = new ArrayList<>(items.size());
        for (CorpusItem item : items) {
            out.add(
                    new Example(
                            item,
                            textFeatures.of(item.text(), item.language()).stream()
                                    .sorted()
                                    .toArray(String[]::new)));
        }
        return out;
    }

    public AttributionModels train(List<Example> all) {
        List<Example> examples = withWidespreadFeatures(all);
        List<Event> stanceEvents = new ArrayList<>(examples.size());
        for (Example e : examples) {
            stanceEvents.add(new Event(e.item().stance().name(), e.features()));
        }
        Trained stance = fit(stanceEvents);
        Map<BlameTarget, Trained> targets = new EnumMap<>(BlameTarget.class);
        for (BlameTarget t : BlameTarget.values()) {
            List<Event> events = new ArrayList<>();
            for (Example e : examples) {
                Stance s = e.item().stance();
                if (s == Stance.BLAME || s == Stance.MIXED) {
                    events.add(
                            new Event(
                                    e.item().blameTargets().contains(t)
                                            ? AttributionModels.YES
                                            : "no",
                                    e.features()));
                }
            }
            targets.put(t, fit(events));
        }
        // one feature index for all models, in name order, so equal training gives equal bytes
        java.util.TreeSet<String> names = new java.util.TreeSet<>(stance.weights().keySet());
        targets.values().forEach(m -> names.addAll(m.weights().keySet()));
        FeatureIndex index = new FeatureIndex(List.copyOf(names));
        Map<BlameTarget, LinearModel> targetModels = new EnumMap<>(BlameTarget.class);
        targets.forEach((t, m) -> targetModels.put(t, m.over(index)));
        return new AttributionModels(
                id(all), index, stance.over(index), targetModels, settings.targetThreshold());
    }

    /**
     * A trained model before it is laid over the shared index: outcomes and weights by feature
     * name.
     */
    record Trained(String[] outcomes, Map<String, float[]> weights) {

        LinearModel over(FeatureIndex index) {
            float[] w = new float[index.size() * outcomes.length];
            for (int row = 0; row < index.size(); row++) {
                float[] own = weights.get(index.name(row));
                if (own != null) {
                    System.arraycopy(own, 0, w, row * outcomes.length, outcomes.length);
                }
            }
            return new LinearModel(outcomes, w);
        }
    }

    /** The examples without features that fewer than {@code minWriters} writers use. */
    private List<Example> withWidespreadFeatures(List<Example> examples) {
        if (settings.minWriters() <= 1) {
            return examples;
        }
        Map<String, java.util.Set<String>> writersOf = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                writersOf
                        .computeIfAbsent(f, k -> new java.util.HashSet<>(4))
                        .add(e.item().writer());
            }
        }
        List<Example> out = new ArrayList<>(examples.size());
        for (Example e : examples) {
            out.add(
                    new Example(
                            e.item(),
                            java.util.Arrays.stream(e.features())
                                    .filter(f -> writersOf.get(f).size() >= settings.minWriters())
                                    .toArray(String[]::new)));
        }
        return out;
    }

    private Trained fit(List<Event> events) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(QNTrainer.L2COST_PARAM, settings.l2());
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return compact(
                    (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OpenNLP's model as one weight per (feature, outcome). */
    @SuppressWarnings("unchecked")
    static Trained compact(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Map<String, Context> byFeature = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        Map<String, float[]> weights = new HashMap<>(byFeature.size() * 2);
        for (Map.Entry<String, Context> f : byFeature.entrySet()) {
            float[] w = new float[outcomes.length];
            int[] os = f.getValue().getOutcomes();
            double[] ps = f.getValue().getParameters();
            for (int i = 0; i < os.length; i++) {
                w[os[i]] = (float) ps[i];
            }
            weights.put(f.getKey(), w);
        }
        return new Trained(outcomes.clone(), weights);
    }

    /** A digest of what was trained on and how: equal inputs, equal id. */
    private String id(List<Example> examples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(settings.toString().getBytes(StandardCharsets.UTF_8));
            sha.update(textFeatures.fingerprint().getBytes(StandardCharsets.UTF_8));
            for (Example e : examples) {
                CorpusItem i = e.item();
                sha.update(
                        (i.id()
                                + '\u0000'
                                + i.text()
                                + '\u0000'
                                + i.stance()
                                + i.blameTargets()
                                + '\n')
                                .getBytes(StandardCharsets.UTF_8));
            }
            return "m" + HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
