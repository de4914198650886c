package io.onme.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.onme.scoring.analysis.training.Corpus;
import io.onme.scoring.analysis.training.CorpusItem;

/**
 * The analyser finds its features' rows by hashing their characters as it reads, while training
 * builds their names: for every text of the corpus, both ways must give the same rows, clause by
 * clause and for the text as a whole, or the models would be fed features they were not trained on.
 */
class FeatureRowsTest {

    private static final RuleEngine RULES = new RuleEngine();
    private static final FeatureIndex INDEX = AttributionModels.bundled().features();

    @Test
    void hashedRowsAreTheRowsOfTheNamesOnEveryCorpusText() {
        List<CorpusItem> items = Corpus.read(Path.of("..", "corpus"));
        assertTrue(items.size() >= 4000);
        long compared = 0;
        // one set for every text, as one analysis reuses it for all its clauses
        FeatureIndex.RowSet set = new FeatureIndex.RowSet(INDEX);
        for (CorpusItem item : items) {
            RuleReading r = RULES.read(item.text(), null, List.of());
            List<List<String>> names = FeatureExtractor.ofClauses(r);
            int[][] hashed = FeatureExtractor.clauseRows(r, INDEX, set);
            assertEquals(names.size(), hashed.length, item.id());
            for (int c = 0; c < hashed.length; c++) {
                assertArrayEquals(sorted(INDEX.rows(names.get(c))), hashed[c], item.id());
                compared += hashed[c].length;
            }
            assertArrayEquals(
                    sorted(INDEX.rows(FeatureExtractor.ofTextOnly(r))),
                    FeatureExtractor.textOnlyRows(r, INDEX, set),
                    item.id());
        }
        assertTrue(compared > 100_000, "the corpus exercises the index: " + compared);
    }

    @Test
    void aRowSetGivesEachRowOnceAscendingAndEmptiesItself() {
        FeatureIndex index = new FeatureIndex(
                java.util.stream.IntStream.range(0, 300).mapToObj(i -> "f" + i).toList());
        FeatureIndex.RowSet set = new FeatureIndex.RowSet(index);
        int[][] lists = { { 299, 3, 64 }, { 63, 3, 0 } };
        assertArrayEquals(
                new int[] { 0, 3, 63, 64, 128, 299 },
                FeatureIndex.union(lists, new int[] { 128, 64 }, set));
        assertArrayEquals(new int[0], set.drain());
        set.add(65);
        assertArrayEquals(new int[] { 65 }, set.drain());
    }

    @Test
    void anUnknownFeatureHasNoRow() {
        FeatureIndex index = new FeatureIndex(List.of("w:price", "c:^pri"));
        assertEquals(0, index.rowOfHash(FeatureIndex.hash(FeatureIndex.SEED, "w:price")));
        assertEquals(1, index.rowOfHash(FeatureIndex.hash(FeatureIndex.SEED, "c:^pri")));
        assertEquals(-1, index.rowOfHash(FeatureIndex.hash(FeatureIndex.SEED, "w:prices")));
        FeatureSink.Rows rows = new FeatureSink.Rows(index);
        rows.add("w:", "price");
        rows.addSlice("c:", "^price$", 0, 4);
        rows.add("w:", "pri", 'c', "e");
        rows.add("w:", "cost");
        assertArrayEquals(new int[] { 0, 1 }, rows.toRows(), "known ones, each once");
    }

    @Test
    void anIndexWithoutNamesFindsTheSameRowsByHashAndRefusesNameLookUps() {
        FeatureIndex named = new FeatureIndex(List.of("w:price", "c:^pri", "L:HE"));
        FeatureIndex hashed = named.withoutNames();
        assertEquals(3, hashed.size());
        for (String f : List.of("w:price", "c:^pri", "L:HE", "w:prices")) {
            long h = FeatureIndex.hash(FeatureIndex.SEED, f);
            assertEquals(named.rowOfHash(h), hashed.rowOfHash(h), f);
        }
        assertThrows(IllegalStateException.class, () -> hashed.row("w:price"));
        assertThrows(IllegalStateException.class, () -> hashed.name(0));
        assertEquals(1, named.row("c:^pri"), "the named index still answers by name");
    }

    @Test
    void aFeatureNamedTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new FeatureIndex(List.of("w:a", "w:b", "w:a")));
        assertEquals("duplicate feature w:a", e.getMessage());
    }

    private static int[] sorted(int[] rows) {
        int[] copy = rows.clone();
        Arrays.sort(copy);
        return copy;
    }
}
