package io.onme.scoring.analysis;

/**
 * A span of the reflection and what it shows. {@code start} and {@code end} are UTF-16 indexes into
 * the original text: {@code text.substring(start, end)} is the span.
 *
 * @param target null unless the span blames someone
 * @param rule the rule or lexicon entry that produced the span, for explanations
 */
public record Evidence(
        int start, int end, String text, Stance stance, BlameTarget target, String rule) {
}
