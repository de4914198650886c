package io.onme.gateway.api.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * GraphQL {@code Playbook} over playbook-service's JSON; {@code archetype} is resolved in a batch.
 */
public class Playbook {

    private final PlaybookData data;

    public Playbook(PlaybookData data) {
        this.data = data;
    }

    @Ignore
    public PlaybookData data() {
        return data;
    }

    @Id
    @NonNull
    public String getId() {
        return data.id();
    }

    @NonNull
    public Language getLanguage() {
        return data.language();
    }

    @NonNull
    public String getTitle() {
        return data.title();
    }

    @NonNull
    public String getStance() {
        return data.stance();
    }

    @NonNull
    public List<@NonNull PlaybookStep> getSteps() {
        return orEmpty(data.steps());
    }

    @NonNull
    public List<@NonNull String> getPhrasesToUse() {
        return orEmpty(data.phrasesToUse());
    }

    @NonNull
    public List<@NonNull String> getPhrasesToAvoid() {
        return orEmpty(data.phrasesToAvoid());
    }

    @Id
    public String getTeamId() {
        return data.teamId();
    }

    @NonNull
    public List<@NonNull String> getTags() {
        return orEmpty(data.tags());
    }

    public int getVersion() {
        return data.version() == null ? 0 : data.version();
    }

    @NonNull
    public PlaybookStatus getStatus() {
        return data.status();
    }

    @NonNull
    public OffsetDateTime getUpdatedAt() {
        return Timestamps.parse(data.updatedAt());
    }

    @Description("Optimistic-locking revision: pass it as updatePlaybook's expectedRevision.")
    public Integer getRevision() {
        return data.revision() == null ? null : data.revision().intValue();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
