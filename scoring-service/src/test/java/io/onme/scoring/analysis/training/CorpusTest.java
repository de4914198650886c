package io.onme.scoring.analysis.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.analysis.eval.Evaluation;

/**
 * The corpus is what corpus/README.md says it is: size, writers, splits, coverage, second coding.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("..", "corpus");
    private static final List<String> HARD_CASES = List.of(
            "implicit-blame",
            "negated-blame",
            "reported-speech",
            "irony",
            "taking-on",
            "offered-as-cause",
            "mixed-own-first",
            "mixed-blame-first",
            "stable-self-judgement",
            "plan-after-failure",
            "pure-fact",
            "question",
            "context-not-blame",
            "success-credit",
            "praise-and-blame",
            "consequence-not-cause");
    private static final List<String> ARCHETYPES = List.of(
            "SKEPTICAL",
            "ANTAGONISTIC",
            "UNINTERESTED",
            "HOSTILE",
            "CLOSED",
            "DISTRUSTFUL",
            "PRICE_FOCUSED",
            "NOT_LISTENING",
            "READY");

    private final List<CorpusItem> items = Corpus.read(CORPUS);

    @Test
    void sizeLanguagesAndWriters() {
        assertTrue(items.size() >= 4000, "items: " + items.size());
        for (Language l : Language.values()) {
            long n = items.stream().filter(i -> i.language() == l).count();
            assertTrue(n >= 2000, l + ": " + n);
        }
        Set<String> writers = items.stream().map(CorpusItem::writer).collect(Collectors.toSet());
        assertTrue(writers.size() >= 12, "writers: " + writers);
        assertEquals(
                items.size(),
                items.stream().map(CorpusItem::id).distinct().count(),
                "ids are unique");
        assertEquals(
                items.size(),
                items.stream().map(i -> i.text().strip()).distinct().count(),
                "texts are unique");
        for (CorpusItem i : items) {
            assertTrue(i.text().length() >= 20 && i.text().length() <= 1500, i.id() + " length");
            boolean blames = i.stance() == Stance.BLAME || i.stance() == Stance.MIXED;
            assertEquals(
                    blames,
                    !i.blameTargets().isEmpty(),
                    i.id() + ": targets only and always for BLAME and MIXED");
        }
    }

    @Test
    void theFrozenTestSplitIsItsOwnWriters() {
        Set<String> train = writers(Corpus.TRAIN);
        Set<String> test = writers(Corpus.TEST);
        assertFalse(test.isEmpty());
        assertTrue(
                test.stream().noneMatch(train::contains),
                "no writer in both splits: " + train + " / " + test);
        assertTrue(Corpus.readSplit(CORPUS, Corpus.TEST).size() >= 800, "at least 800 test items");
        for (Language l : Language.values()) {
            assertTrue(
                    items.stream()
                            .anyMatch(i -> i.split().equals(Corpus.TEST) && i.language() == l),
                    l + " in the test split");
        }
    }

    @Test
    void everyLabelHardCaseAndArchetypeHasFiftyItemsPerLanguage() {
        for (Language l : Language.values()) {
            List<CorpusItem> in = items.stream().filter(i -> i.language() == l).toList();
            for (Stance s : Stance.values()) {
                assertAtLeast50(l + " " + s, in.stream().filter(i -> i.stance() == s).count());
            }
            for (BlameTarget t : BlameTarget.values()) {
                assertAtLeast50(
                        l + " " + t, in.stream().filter(i -> i.blameTargets().contains(t)).count());
            }
            for (String a : ARCHETYPES) {
                assertAtLeast50(
                        l + " " + a, in.stream().filter(i -> i.archetype().equals(a)).count());
            }
            for (String c : HARD_CASES) {
                assertAtLeast50(
                        l + " " + c, in.stream().filter(i -> i.hardCase().equals(c)).count());
            }
        }
    }

    /**
     * Every item was labelled again by an independent coder; the README's agreement table is
     * recomputed here.
     */
    @Test
    void everyItemHasASecondCodersLabelAndAgreementIsHigh() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, int[][]> confusion = new TreeMap<>();
        for (Path file : files()) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                JsonNode writer = n.get("writerLabel");
                JsonNode second = n.get("secondCoder");
                assertTrue(
                        writer != null && second != null,
                        n.path("id").asText() + " has both coders' labels");
                int[][] m = confusion.computeIfAbsent(n.path("writer").asText(), w -> new int[5][5]);
                m[Stance.valueOf(writer.path("stance").asText()).ordinal()][Stance.valueOf(second.path("stance").asText())
                        .ordinal()]++;
            }
        }
        StringBuilder table = new StringBuilder();
        confusion.forEach(
                (w, m) -> {
                    int n = 0;
                    for (int[] row : m) {
                        for (int v : row) {
                            n += v;
                        }
                    }
                    double kappa = Evaluation.kappa(m, n);
                    table.append(String.format("%s %d %.3f%n", w, n, kappa));
                    assertTrue(kappa >= 0.80, w + " agreement kappa " + kappa);
                });
        System.out.print("writer, items, stance kappa (writer vs second coder)\n" + table);
    }

    private static void assertAtLeast50(String what, long n) {
        assertTrue(n >= 50, what + ": " + n + " items");
    }

    private Set<String> writers(String split) {
        return items.stream()
                .filter(i -> i.split().equals(split))
                .map(CorpusItem::writer)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Stream.concat(
                Files.list(CORPUS.resolve(Corpus.TRAIN)),
                Files.list(CORPUS.resolve(Corpus.TEST)))) {
            return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    static <T> Map<T, Long> count(List<CorpusItem> items, Function<CorpusItem, T> key) {
        return items.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
