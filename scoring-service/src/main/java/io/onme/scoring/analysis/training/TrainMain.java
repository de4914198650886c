package io.onme.scoring.analysis.training;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import io.onme.scoring.analysis.AttributionModels;

/**
 * Retrains the shipped models from the corpus's training writers (never the test split) and writes
 * them where the analyser loads them from:
 *
 * <pre>
 *   ./onme train        (or: TrainMain CORPUS_DIR OUT_FILE)
 * </pre>
 *
 * Deterministic: the same corpus gives the same bytes ({@code ModelReproductionTest} checks it).
 */
public final class TrainMain {

    public static final Path DEFAULT_OUT = Path.of("scoring-service/src/main/resources" + AttributionModels.RESOURCE);

    private TrainMain() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        Path out = args.length > 1 ? Path.of(args[1]) : DEFAULT_OUT;
        long started = System.nanoTime();
        AttributionModels models = trainShipped(corpus);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(models, o);
        }
        System.out.printf(
                "trained %s in %.1f s: %d features; wrote %s (%d bytes)%n",
                models.id(),
                (System.nanoTime() - started) / 1e9,
                models.features().size(),
                out,
                Files.size(out));
    }

    /** The shipped models: every training writer's items, the default settings. */
    public static AttributionModels trainShipped(Path corpus) {
        ModelTrainer trainer = new ModelTrainer(ModelTrainer.Settings.DEFAULT);
        List<CorpusItem> training = Corpus.readSplit(corpus, Corpus.TRAIN);
        return trainer.train(trainer.examples(training));
    }

    /** Gzip with no timestamp or name, so equal models are equal files. */
    public static void write(AttributionModels models, OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        models.write(gz);
        gz.finish();
    }
}
