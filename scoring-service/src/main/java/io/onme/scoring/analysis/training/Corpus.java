package io.onme.scoring.analysis.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;

/**
 * Reads the labelled corpus: {@code train/} and {@code test/} folders of JSON Lines files, one file
 * per writer. Files are read in name order and lines in file order, so training sees the same
 * sequence on every machine.
 */
public final class Corpus {

    public static final String TRAIN = "train";
    public static final String TEST = "test";

    private Corpus() {
    }

    /** Both splits, training writers first. */
    public static List<CorpusItem> read(Path corpusDir) {
        List<CorpusItem> out = new ArrayList<>();
        out.addAll(readSplit(corpusDir, TRAIN));
        out.addAll(readSplit(corpusDir, TEST));
        return out;
    }

    public static List<CorpusItem> readSplit(Path corpusDir, String split) {
        Path dir = corpusDir.resolve(split);
        List<CorpusItem> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : files) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        out.add(item(mapper.readTree(line), split));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return out;
    }

    private static CorpusItem item(JsonNode n, String split) {
        Set<BlameTarget> targets = EnumSet.noneOf(BlameTarget.class);
        for (JsonNode t : n.path("blameTargets")) {
            targets.add(BlameTarget.valueOf(t.asText()));
        }
        return new CorpusItem(
                n.path("id").asText(),
                Language.valueOf(n.path("language").asText().toUpperCase(Locale.ROOT)),
                n.path("text").asText(),
                Stance.valueOf(n.path("stance").asText()),
                targets,
                n.path("writer").asText(),
                n.path("register").asText(),
                n.path("archetype").asText(),
                n.path("hardCase").asText(),
                split);
    }
}
