package io.onme.scoring.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One rescore of a tenant's facts and how far it has got. */
@Entity
@Table(name = "rescore_job")
public class RescoreJobEntity extends PanacheEntityBase {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "target_version")
    public String targetVersion;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    /** Facts older than the target version when the job started. */
    public int total;

    public int processed;

    /** Facts actually replaced (a fact updated meanwhile by a newer delivery is skipped). */
    public int rescored;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public String error;
}
