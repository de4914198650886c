package io.onme.playbook.service;

import io.onme.playbook.domain.PlaybookStatus;
import io.onme.playbook.persistence.PlaybookContent;
import io.onme.playbook.persistence.PlaybookEntity;
import java.time.Instant;

/**
 * What a write answers: the playbook itself, or (when a published playbook was edited) its pending
 * draft of the next version under the same id.
 */
public record PlaybookView(
        PlaybookEntity playbook,
        PlaybookContent draft,
        int version,
        PlaybookStatus status,
        Instant at) {

    public static PlaybookView of(PlaybookEntity playbook) {
        return new PlaybookView(
                playbook, null, playbook.version, playbook.status, playbook.updatedAt);
    }

    public boolean isDraftOfPublished() {
        return draft != null;
    }
}
