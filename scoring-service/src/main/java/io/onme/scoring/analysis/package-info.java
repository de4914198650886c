/**
 * The attribution analyser: reads a rep's reflection (Hebrew or English) and decides how the rep
 * explains what happened — OWNERSHIP, BLAME (with targets), HELPLESS, MIXED or NEUTRAL — following
 * docs/attribution-guide.md. Pure Java, no framework types. Small stages:
 *
 * <ul>
 * <li>{@code Tokenizer}, {@code HebrewMorphology}, {@code Segmenter} — offsets-preserving
 * scanning, prefix chains and gender/number forms, clauses and their links;
 * <li>{@code RuleEngine} — the language packs' lexicon cues and the guide's hard-case rules, read
 * as one {@code RuleReading};
 * <li>{@code FeatureExtractor} — words, word pairs, character n-grams, negation and first-person
 * scopes and the rules' cues, for a text or a clause;
 * <li>{@link io.onme.scoring.analysis.AttributionModels} / {@link
 * io.onme.scoring.analysis.LinearModel} — the trained stance and blame-target models (Apache
 * OpenNLP maximum entropy, kept in a compact form);
 * <li>{@link io.onme.scoring.analysis.AttributionAnalyzer} — decisions, evidence spans, reframes,
 * score and confidence.
 * </ul>
 *
 * <p>
 * Every word of every language lives in the language packs under {@code
 * src/main/resources/analysis/lang/<code>/} ({@code LanguagePack}): lexicon, word lists, reframes.
 * Training and evaluation: {@link io.onme.scoring.analysis.training} and {@link
 * io.onme.scoring.analysis.eval.EvaluationMain} over the corpus in {@code corpus/}.
 */
package io.onme.scoring.analysis;
