package io.onme.scoring.domain;

import java.time.Instant;
import java.util.UUID;

import io.onme.scoring.analysis.TenantPhrase;

/** A tenant admin's phrase as kept: the phrase the analyser takes, with who added it and when. */
public record TenantPhraseEntry(
        UUID id, TenantPhrase phrase, String createdBy, Instant createdAt) {
}
