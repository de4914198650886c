package io.onme.playbook.service;

import java.time.Instant;

import io.onme.playbook.domain.PlaybookContent;
import io.onme.playbook.persistence.PlaybookVersionEntity;

/** One published version of a playbook: its number, its content, when it was published. */
public record PlaybookVersion(int version, PlaybookContent snapshot, Instant publishedAt) {

    static PlaybookVersion of(PlaybookVersionEntity v) {
        return new PlaybookVersion(v.version, v.snapshot, v.publishedAt);
    }
}
