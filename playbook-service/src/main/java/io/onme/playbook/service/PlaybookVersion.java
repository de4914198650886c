package io.onme.playbook.service;

import io.onme.playbook.domain.PlaybookContent;
import io.onme.playbook.persistence.PlaybookVersionEntity;
import java.time.Instant;

/** One published version of a playbook: its number, its content, when it was published. */
public record PlaybookVersion(int version, PlaybookContent snapshot, Instant publishedAt) {

    static PlaybookVersion of(PlaybookVersionEntity v) {
        return new PlaybookVersion(v.version, v.snapshot, v.publishedAt);
    }
}
