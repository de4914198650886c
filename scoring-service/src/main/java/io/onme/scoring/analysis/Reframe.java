package io.onme.scoring.analysis;

/** An ownership rewrite of one blaming statement, in the reflection's language. */
public record Reframe(String original, String suggestion, BlameTarget target) {
}
