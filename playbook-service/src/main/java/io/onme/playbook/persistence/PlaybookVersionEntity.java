package io.onme.playbook.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.onme.playbook.domain.PlaybookContent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One published version of a playbook; written once, never changed (a trigger enforces it). */
@Entity
@Immutable
@Table(name = "playbook_versions")
@IdClass(PlaybookVersionEntity.Key.class)
public class PlaybookVersionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "playbook_id")
    public String playbookId;

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public PlaybookContent snapshot;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    public static List<PlaybookVersionEntity> listFor(String playbookId) {
        return list("playbookId = ?1 order by version", playbookId);
    }

    public static PlaybookVersionEntity findVersion(String playbookId, int version) {
        return find("playbookId = ?1 and version = ?2", playbookId, version).firstResult();
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String playbookId;
        public int version;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && version == k.version
                    && Objects.equals(playbookId, k.playbookId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(playbookId, version);
        }
    }
}
