package io.onme.scoring.analysis;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The analyser's trained models over one shared {@link FeatureIndex}: one over the five stances,
 * and one yes/no model per blame target (trained on the texts labelled BLAME or MIXED, so it
 * answers "given that this text blames, does it blame X?"). Stored together as one resource, {@link
 * #RESOURCE}, written by {@code ModelTrainer} from the corpus.
 *
 * @param id what the models were trained from (corpus digest and training settings); part of the
 *        analyser's version
 * @param targetThreshold a target is decided when its model gives it at least this probability
 *        (chosen with the other settings by cross-validation over writers)
 */
public record AttributionModels(
        String id,
        FeatureIndex features,
        LinearModel stance,
        Map<BlameTarget, LinearModel> targets,
        double targetThreshold) {

    public static final String RESOURCE = "/analysis/model/attribution-models.bin.gz";

    /** The outcome of a target model that means "this target is blamed". */
    public static final String YES = "yes";

    private static final int MAGIC = 0x4F4E4D32; // "ONM2"

    public AttributionModels {
        targets = Map.copyOf(new EnumMap<>(targets));
        if (targets.size() != BlameTarget.values().length) {
            throw new IllegalArgumentException("one model per blame target is needed");
        }
        if (stance.rowCount() != features.size()
                || targets.values().stream().anyMatch(m -> m.rowCount() != features.size())) {
            throw new IllegalArgumentException(
                    "every model needs a weight row for each of the "
                            + features.size()
                            + " features");
        }
    }

    public void write(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(MAGIC);
        out.writeUTF(id);
        out.writeDouble(targetThreshold);
        out.writeInt(features.size());
        for (int r = 0; r < features.size(); r++) {
            out.writeUTF(features.name(r));
        }
        stance.write(out);
        for (BlameTarget t : BlameTarget.values()) {
            out.writeUTF(t.name());
            targets.get(t).write(out);
        }
        out.flush();
    }

    public static AttributionModels read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not OnMe attribution models");
        }
        String id = in.readUTF();
        double targetThreshold = in.readDouble();
        java.util.List<String> names = new java.util.ArrayList<>();
        int n = in.readInt();
        for (int r = 0; r < n; r++) {
            names.add(in.readUTF());
        }
        LinearModel stance = LinearModel.read(in);
        Map<BlameTarget, LinearModel> targets = new EnumMap<>(BlameTarget.class);
        for (int i = 0; i < BlameTarget.values().length; i++) {
            targets.put(BlameTarget.valueOf(in.readUTF()), LinearModel.read(in));
        }
        return new AttributionModels(id, new FeatureIndex(names), stance, targets, targetThreshold);
    }

    /** The models shipped in the jar. */
    public static AttributionModels bundled() {
        try (InputStream in = AttributionModels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the trained models " + RESOURCE + " are missing from the classpath");
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trained models " + RESOURCE, e);
        }
    }
}
