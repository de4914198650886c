package io.onme.playbook.persistence;

import io.onme.playbook.domain.PlaybookContent;
import io.onme.playbook.domain.StepData;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The domain records stored in JSON columns ({@code steps}, {@code draft}, {@code snapshot}),
 * registered for the JSON mapper of a native build: the domain itself knows no framework.
 */
@RegisterForReflection(targets = { PlaybookContent.class, StepData.class })
final class JsonColumns {

    private JsonColumns() {
    }
}
