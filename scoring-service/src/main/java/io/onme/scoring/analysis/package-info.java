/**
 * The attribution analyser: reads a rep's reflection (Hebrew or English) and decides how the
 * rep explains what happened — OWNERSHIP, BLAME (with targets), HELPLESS, MIXED or NEUTRAL —
 * following the labelling guide of ownership-model.md §3. Pure Java, no framework types.
 *
 * <ul>
 *   <li>{@link io.onme.scoring.analysis.AttributionAnalyzer} — the engine (thread-safe, total,
 *       versioned); its class comment documents the pipeline and the score formula.</li>
 *   <li>{@code Tokenizer}, {@code HebrewMorphology}, {@code Segmenter} — offsets-preserving
 *       scanning, prefix chains and gender/number forms, clauses and their links.</li>
 *   <li>{@code BuiltInLexicon} — categories written from their meaning in both languages;
 *       {@code Pattern}/{@code PatternSource} — the small pattern language (no regular
 *       expressions run on input text).</li>
 *   <li>{@code ReframeCatalogue} — ownership rewrites per target and theme, both languages.</li>
 *   <li>{@link io.onme.scoring.analysis.eval.EvaluationMain} — prints stance accuracy, Cohen's
 *       kappa, target micro-F1 and confusion matrices for a labelled JSON Lines file.</li>
 * </ul>
 *
 * <p>Labelled sets (src/test/resources/analysis): dev-set.jsonl (the project's), and our own
 * own-cases.jsonl, blind-cases.jsonl, final-blind-cases.jsonl. Benchmark:
 * src/test/java/io/onme/scoring/analysis/bench (JMH with {@code -Pbench}; see the class comment).
 */
package io.onme.scoring.analysis;
