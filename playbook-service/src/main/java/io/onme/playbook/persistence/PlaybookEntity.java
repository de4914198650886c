package io.onme.playbook.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Language;
import io.onme.playbook.domain.PlaybookContent;
import io.onme.playbook.domain.PlaybookStatus;
import io.onme.playbook.domain.StepData;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A playbook as readers see it: the published content (or the first draft before any publish).
 * Edits of a published playbook go to {@link #draft} until they are published as the next version.
 */
@Entity
@Table(name = "playbooks")
public class PlaybookEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "team_id")
    public String teamId;

    @Enumerated(EnumType.STRING)
    public ArchetypeKey archetype;

    @Enumerated(EnumType.STRING)
    public Language language;

    public String title;

    public String stance;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StepData> steps;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "phrases_to_use")
    public List<String> phrasesToUse;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "phrases_to_avoid")
    public List<String> phrasesToAvoid;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> tags;

    @Enumerated(EnumType.STRING)
    public PlaybookStatus status;

    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public PlaybookContent draft;

    @Column(name = "draft_updated_at")
    public Instant draftUpdatedAt;

    @Column(name = "draft_updated_by")
    public String draftUpdatedBy;

    @Column(name = "built_in")
    public boolean builtIn;

    @Column(name = "forked_from")
    public String forkedFrom;

    @Version
    public long revision;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public PlaybookContent content() {
        return new PlaybookContent(
                archetype,
                language,
                teamId,
                title,
                stance,
                steps,
                phrasesToUse,
                phrasesToAvoid,
                tags);
    }

    public void apply(PlaybookContent content) {
        archetype = content.archetype();
        language = content.language();
        teamId = content.teamId();
        title = content.title();
        stance = content.stance();
        steps = content.steps();
        phrasesToUse = content.phrasesToUse();
        phrasesToAvoid = content.phrasesToAvoid();
        tags = content.tags();
    }
}
