package io.onme.playbook.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.onme.playbook.domain.PlaybookContent;
import io.onme.playbook.domain.PlaybookFilter;
import io.onme.playbook.domain.PlaybookStatus;
import io.onme.playbook.persistence.PlaybookEntity;
import io.onme.playbook.persistence.PlaybookRepository;
import io.onme.playbook.persistence.PlaybookVersionEntity;
import io.onme.support.Caller;
import io.onme.support.ProblemException;

/**
 * The playbook lifecycle: draft → published (immutable numbered versions) → archived, with
 * optimistic locking on every write. Visibility failures are 404; a visible playbook the caller may
 * not change is 403.
 */
@ApplicationScoped
public class PlaybookService {

    private final PlaybookRepository repository;
    private final MeterRegistry metrics;

    PlaybookService(PlaybookRepository repository, MeterRegistry metrics) {
        this.repository = repository;
        this.metrics = metrics;
    }

    /** One page of visible playbooks and what the client needs to ask for the next. */
    public record Page(List<Playbook> items, String nextCursor, long totalCount) {
    }

    public Playbook get(Caller caller, String id) {
        return Playbook.of(find(caller, id));
    }

    private PlaybookEntity find(Caller caller, String id) {
        return repository
                .findVisible(caller, id)
                .orElseThrow(() -> ProblemException.notFound("playbook " + id));
    }

    public List<Playbook> batch(Caller caller, Collection<String> ids) {
        return Playbook.of(repository.findVisible(caller, ids));
    }

    public Page page(Caller caller, PlaybookFilter filter, int limit, String after) {
        PlaybookRepository.Page page = repository.page(caller, filter, limit, after);
        return new Page(Playbook.of(page.items()), page.nextCursor(), page.totalCount());
    }

    @Transactional
    public Playbook create(Caller caller, PlaybookContent content) {
        requireOwner(caller, content.teamId());
        PlaybookEntity p = new PlaybookEntity();
        p.id = UUID.randomUUID().toString();
        p.tenantId = caller.tenantId();
        p.apply(content);
        p.status = PlaybookStatus.DRAFT;
        p.version = 1;
        p.revision = 1;
        p.createdBy = caller.memberId();
        p.updatedBy = caller.memberId();
        p.createdAt = now();
        p.updatedAt = p.createdAt;
        p.persistAndFlush();
        count("created");
        return Playbook.of(p);
    }

    /**
     * A draft is edited in place. A published playbook keeps its published content untouched and
     * the edit becomes (or replaces) the draft of the next version.
     */
    @Transactional
    public PlaybookView update(
            Caller caller, String id, PlaybookContent content, Long expectedRevision) {
        PlaybookEntity p = editable(caller, id, expectedRevision);
        if (content.teamId() == null ? p.teamId != null : !content.teamId().equals(p.teamId)) {
            requireOwner(caller, content.teamId());
        }
        if (p.status == PlaybookStatus.ARCHIVED) {
            throw ProblemException.conflict(
                    "an archived playbook cannot be edited; fork it to start again");
        }
        count("updated");
        if (p.status == PlaybookStatus.DRAFT) {
            p.apply(content);
            p.updatedBy = caller.memberId();
            p.updatedAt = now();
            PlaybookEntity.flush();
            return PlaybookView.of(Playbook.of(p));
        }
        p.draft = content;
        p.draftUpdatedBy = caller.memberId();
        p.draftUpdatedAt = now();
        PlaybookEntity.flush();
        return new PlaybookView(
                Playbook.of(p), content, p.version + 1, PlaybookStatus.DRAFT, p.draftUpdatedAt);
    }

    /** Publishes the first draft as version 1, or the pending draft as the next version. */
    @Transactional
    public Playbook publish(Caller caller, String id, Long expectedRevision) {
        PlaybookEntity p = editable(caller, id, expectedRevision);
        switch (p.status) {
            case DRAFT -> p.status = PlaybookStatus.PUBLISHED;
            case PUBLISHED -> {
                if (p.draft == null) {
                    throw ProblemException.conflict(
                            "version "
                                    + p.version
                                    + " is already published and there is no newer draft");
                }
                p.apply(p.draft);
                p.draft = null;
                p.draftUpdatedAt = null;
                p.draftUpdatedBy = null;
                p.version = p.version + 1;
            }
            case ARCHIVED ->
                throw ProblemException.conflict("an archived playbook cannot be published");
        }
        p.updatedBy = caller.memberId();
        p.updatedAt = now();
        PlaybookVersionEntity v = new PlaybookVersionEntity();
        v.playbookId = p.id;
        v.version = p.version;
        v.snapshot = p.content();
        v.publishedAt = p.updatedAt;
        v.publishedBy = caller.memberId();
        v.persist();
        PlaybookEntity.flush();
        count("published");
        return Playbook.of(p);
    }

    /** Archiving drops a pending draft; the published versions stay readable. */
    @Transactional
    public Playbook archive(Caller caller, String id, Long expectedRevision) {
        PlaybookEntity p = editable(caller, id, expectedRevision);
        if (p.status != PlaybookStatus.ARCHIVED) {
            p.status = PlaybookStatus.ARCHIVED;
            p.draft = null;
            p.draftUpdatedAt = null;
            p.draftUpdatedBy = null;
            p.updatedBy = caller.memberId();
            p.updatedAt = now();
            PlaybookEntity.flush();
            count("archived");
        }
        return Playbook.of(p);
    }

    /**
     * Copies what the caller sees of a built-in or tenant playbook into a new draft the caller
     * owns.
     */
    @Transactional
    public Playbook fork(Caller caller, String id, String teamId) {
        PlaybookEntity source = find(caller, id);
        requireOwner(caller, teamId);
        PlaybookContent c = source.content();
        PlaybookEntity p = new PlaybookEntity();
        p.id = UUID.randomUUID().toString();
        p.tenantId = caller.tenantId();
        p.apply(
                new PlaybookContent(
                        c.archetype(),
                        c.language(),
                        teamId,
                        c.title(),
                        c.stance(),
                        c.steps(),
                        c.phrasesToUse(),
                        c.phrasesToAvoid(),
                        c.tags()));
        p.status = PlaybookStatus.DRAFT;
        p.version = 1;
        p.revision = 1;
        p.forkedFrom = source.id;
        p.createdBy = caller.memberId();
        p.updatedBy = caller.memberId();
        p.createdAt = now();
        p.updatedAt = p.createdAt;
        p.persistAndFlush();
        count("forked");
        return Playbook.of(p);
    }

    /** A playbook with (some of) its published versions. */
    public record History(Playbook playbook, List<PlaybookVersion> versions) {
    }

    public History versions(Caller caller, String id) {
        PlaybookEntity p = find(caller, id);
        return new History(
                Playbook.of(p),
                PlaybookVersionEntity.listFor(p.id).stream().map(PlaybookVersion::of).toList());
    }

    public History version(Caller caller, String id, int version) {
        PlaybookEntity p = find(caller, id);
        PlaybookVersionEntity v = PlaybookVersionEntity.findVersion(p.id, version);
        if (v == null) {
            throw ProblemException.notFound("version " + version + " of playbook " + id);
        }
        return new History(Playbook.of(p), List.of(PlaybookVersion.of(v)));
    }

    /** The draft an editor is working on; nobody else sees that it exists. */
    public PlaybookView draft(Caller caller, String id) {
        PlaybookEntity p = find(caller, id);
        if (!PlaybookRules.mayEdit(caller, p)) {
            throw ProblemException.notFound("draft of playbook " + id);
        }
        if (p.draft != null) {
            return new PlaybookView(
                    Playbook.of(p), p.draft, p.version + 1, PlaybookStatus.DRAFT, p.draftUpdatedAt);
        }
        if (p.status == PlaybookStatus.DRAFT) {
            return PlaybookView.of(Playbook.of(p));
        }
        throw ProblemException.notFound("draft of playbook " + id);
    }

    private PlaybookEntity editable(Caller caller, String id, Long expectedRevision) {
        PlaybookEntity p = find(caller, id);
        if (p.builtIn) {
            throw ProblemException.forbidden(
                    "built-in playbooks are read-only; fork one into your library to adapt it");
        }
        if (!PlaybookRules.mayEdit(caller, p)) {
            throw ProblemException.forbidden(
                    p.teamId == null
                            ? "only admins change the tenant library"
                            : "only admins and the team's coaches change a team playbook");
        }
        if (expectedRevision != null && expectedRevision != p.revision) {
            throw ProblemException.staleRevision(
                    "the playbook is at revision "
                            + p.revision
                            + ", not "
                            + expectedRevision
                            + "; reload it and apply your edit again");
        }
        return p;
    }

    private static void requireOwner(Caller caller, String teamId) {
        if (caller.isAdmin()) {
            return;
        }
        if (!caller.isCoach()) {
            throw ProblemException.forbidden("reps read playbooks; coaches and admins write them");
        }
        if (teamId == null) {
            throw ProblemException.badField(
                    "teamId", "is required: coaches write playbooks for the teams they coach");
        }
        if (!caller.coaches(teamId)) {
            throw ProblemException.forbidden("you do not coach team " + teamId);
        }
    }

    private void count(String action) {
        metrics.counter("onme.playbook.writes", "action", action).increment();
    }

    // PostgreSQL keeps microseconds; answer what a later read will answer
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
