package io.onme.playbook.service;

import java.time.Instant;

import io.onme.playbook.domain.PlaybookContent;
import io.onme.playbook.domain.PlaybookStatus;

/**
 * What a write answers: the playbook itself, or (when a published playbook was edited) its pending
 * draft of the next version under the same id.
 */
public record PlaybookView(
        Playbook playbook, PlaybookContent draft, int version, PlaybookStatus status, Instant at) {

    public static PlaybookView of(Playbook playbook) {
        return new PlaybookView(
                playbook, null, playbook.version(), playbook.status(), playbook.updatedAt());
    }

    public boolean isDraftOfPublished() {
        return draft != null;
    }
}
