package io.onme.scoring.analysis;

/**
 * A phrase a tenant's admin added for their team's jargon, applied on top of the built-in lexicon.
 *
 * @param target only for BLAME phrases
 */
public record TenantPhrase(String phrase, Language language, Stance stance, BlameTarget target) {
}
