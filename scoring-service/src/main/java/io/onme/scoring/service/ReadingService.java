package io.onme.scoring.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.domain.AnalyserAgreement;
import io.onme.scoring.domain.AnalyserAgreement.AgreementPoint;
import io.onme.scoring.domain.AnalyserAgreement.ConfusionCell;
import io.onme.scoring.domain.CoachVisibility;
import io.onme.scoring.domain.Reading;
import io.onme.scoring.domain.ReadingAction;
import io.onme.scoring.domain.ReadingChange;
import io.onme.scoring.domain.ReadingFact;
import io.onme.scoring.domain.ReadingState;
import io.onme.scoring.domain.Readings;
import io.onme.scoring.domain.ReviewDecision;
import io.onme.scoring.domain.ReviewQueue;
import io.onme.scoring.domain.ReviewReason;
import io.onme.scoring.domain.TenantSettings;
import io.onme.scoring.domain.Window;
import io.onme.scoring.persistence.ReadingStore;
import io.onme.scoring.persistence.ReadingStore.AgreementCounts;
import io.onme.scoring.persistence.ReadingStore.Correction;
import io.onme.scoring.persistence.ReadingStore.QueueKey;
import io.onme.scoring.persistence.ReadingStore.QueueRow;
import io.onme.support.Caller;
import io.onme.support.ProblemException;

/**
 * Who may do what with readings (docs/coaching-not-surveillance.md): the rep of an encounter marks
 * its reading seen and disputes it; a coach of the team (an admin: any in the tenant) reviews a
 * released one, never their own; history for the rep, the team's coaches and admins. An encounter
 * the tenant does not have is 404; one the caller may not act on is 403.
 */
@ApplicationScoped
public class ReadingService {

    /** What an erased person's id becomes where they acted on others' data. */
    public static final String ERASED = "erased";

    public static final int MAX_PAGE = 100;

    @Inject
    ReadingStore store;

    @Inject
    MeterRegistry metrics;

    @Inject
    ObjectMapper json;

    // ---- settings ------------------------------------------------------------------------------

    public TenantSettings settings(Caller caller) {
        if (!caller.isMember() && !caller.isService()) {
            throw ProblemException.forbidden("only members of the tenant read its settings");
        }
        return store.settings(caller.tenantId());
    }

    /**
     * Changes the given settings; switching to IMMEDIATE releases every reading still withheld
     * (released readings stay released whatever the setting becomes).
     */
    @Transactional
    public TenantSettings updateSettings(
            Caller caller,
            CoachVisibility visibility,
            Integer delayHours,
            Boolean repsSeeLeaderboard,
            Double confidenceBelow,
            Boolean trainingConsent) {
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("only an admin changes the tenant's settings");
        }
        TenantSettings changed = store.settings(caller.tenantId())
                .with(
                        visibility,
                        delayHours,
                        repsSeeLeaderboard,
                        confidenceBelow,
                        trainingConsent);
        store.saveSettings(caller.tenantId(), changed, caller.memberId(), now());
        if (changed.releasesOnWrite()) {
            released(store.releaseAll(caller.tenantId()));
        }
        return changed;
    }

    // ---- the rep -------------------------------------------------------------------------------

    /** The rep opened the reading: the first time is kept; it may release the reading. */
    @Transactional
    public Reading markSeen(Caller caller, String encounterId) {
        ReadingFact fact = found(caller, encounterId);
        requireRep(caller, fact, "only the rep of the encounter marks its reading seen");
        // every setting releases a reading its rep has opened: AFTER_REP_SEEN now, AFTER_DELAY
        // at the delay or the opening, whichever is first, IMMEDIATE already at the write
        store.markSeen(caller.tenantId(), encounterId, now());
        if (!fact.reading().releasedToCoaches()) {
            released(1);
        }
        return reread(caller, encounterId);
    }

    /** The rep disputes the reading of the current revision, once, while it is UNREVIEWED. */
    @Transactional
    public Reading dispute(Caller caller, String encounterId, String note) {
        String text = Readings.note(note, true);
        ReadingFact fact = found(caller, encounterId);
        requireRep(caller, fact, "only the rep of the encounter disputes its reading");
        if (fact.reading().state() != ReadingState.UNREVIEWED) {
            throw ProblemException.conflict(
                    "the reading is "
                            + fact.reading().state()
                            + "; only an UNREVIEWED one is disputed");
        }
        Instant at = now();
        store.dispute(caller.tenantId(), encounterId, text, at);
        Reading before = fact.reading();
        store.addChange(
                caller.tenantId(),
                fact,
                new ReadingChange(
                        at,
                        caller.memberId(),
                        ReadingAction.DISPUTED,
                        fact.revision(),
                        before.stance(),
                        before.blameTargets(),
                        before.stance(),
                        before.blameTargets(),
                        text));
        metrics.counter(ReadingMetrics.DISPUTED, "language", language(fact.language())).increment();
        if (!before.releasedToCoaches()) {
            released(1);
        }
        return reread(caller, encounterId);
    }

    // ---- the coach -----------------------------------------------------------------------------

    /**
     * A coach's decision on a released reading of a team they coach (an admin: any): CONFIRM keeps
     * the machine's reading, CORRECT sets the stance and targets, scored by the analyser's formula.
     */
    @Transactional
    public Reading review(
            Caller caller,
            String encounterId,
            ReviewDecision decision,
            Stance stance,
            List<BlameTarget> targets,
            String note) {
        if (decision == null) {
            throw ProblemException.badField("decision", "is required: CONFIRM or CORRECT");
        }
        if (decision == ReviewDecision.CONFIRM
                && (stance != null || (targets != null && !targets.isEmpty()))) {
            throw ProblemException.badField(
                    "stance", "and blameTargets are given only to CORRECT a reading");
        }
        List<BlameTarget> corrected = decision == ReviewDecision.CORRECT
                ? Readings.correctionTargets(stance, targets)
                : null;
        ReadingFact fact = found(caller, encounterId);
        if (!(caller.isAdmin() || caller.coaches(fact.teamId()))) {
            throw ProblemException.forbidden(
                    "only a coach of the encounter's team or an admin reviews its reading");
        }
        if (caller.memberId().equals(fact.repId())) {
            throw ProblemException.forbidden("nobody reviews their own reading");
        }
        Reading before = fact.reading();
        if (!before.releasedToCoaches()) {
            throw ProblemException.conflict("the reading is not released to coaches yet");
        }
        if (before.state() == ReadingState.CONFIRMED || before.state() == ReadingState.CORRECTED) {
            throw ProblemException.conflict("the reading was already reviewed");
        }
        String text = Readings.note(
                note,
                decision == ReviewDecision.CORRECT
                        && before.state() == ReadingState.DISPUTED);
        Instant at = now();
        Stance after = decision == ReviewDecision.CORRECT ? stance : before.machineStance();
        List<BlameTarget> afterTargets = decision == ReviewDecision.CORRECT ? corrected : before.machineBlameTargets();
        int score = decision == ReviewDecision.CORRECT
                ? Readings.correctedScore(stance)
                : before.machineOwnershipScore();
        store.review(
                caller.tenantId(),
                encounterId,
                decision == ReviewDecision.CORRECT
                        ? ReadingState.CORRECTED
                        : ReadingState.CONFIRMED,
                after,
                afterTargets,
                score,
                caller.memberId(),
                at,
                text);
        store.addChange(
                caller.tenantId(),
                fact,
                new ReadingChange(
                        at,
                        caller.memberId(),
                        decision == ReviewDecision.CORRECT
                                ? ReadingAction.CORRECTED
                                : ReadingAction.CONFIRMED,
                        fact.revision(),
                        before.stance(),
                        before.blameTargets(),
                        after,
                        afterTargets,
                        text));
        metrics.counter(
                ReadingMetrics.REVIEWED,
                "language",
                language(fact.language()),
                "decision",
                decision.name().toLowerCase(Locale.ROOT))
                .increment();
        return reread(caller, encounterId);
    }

    /** The reading's history, oldest first: for its rep, the team's coaches and admins. */
    @Transactional
    public List<ReadingChange> history(Caller caller, String encounterId) {
        ReadingFact fact = found(caller, encounterId);
        boolean own = caller.memberId().equals(fact.repId());
        if (!own) {
            if (!(caller.isAdmin() || caller.coaches(fact.teamId()))) {
                throw ProblemException.forbidden(
                        "only the rep, a coach of the team or an admin reads this history");
            }
            if (!fact.reading().releasedToCoaches()) {
                throw ProblemException.conflict("the reading is not released to coaches yet");
            }
        }
        return store.history(caller.tenantId(), encounterId);
    }

    /**
     * A page of the review queue of the caller's teams (one of them with {@code teamId}); an
     * admin's covers the tenant.
     */
    @Transactional
    public ReviewQueue queue(Caller caller, String teamId, Integer first, String after) {
        if (!caller.isCoach() && !caller.isAdmin()) {
            throw ProblemException.forbidden("only coaches and admins have a review queue");
        }
        int limit = first == null ? 20 : first;
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.badField("first", "must be a whole number from 1 to 100");
        }
        QueueKey from = after == null || after.isBlank() ? null : decodeCursor(after);
        Set<String> teams;
        if (teamId != null && !teamId.isBlank()) {
            if (!caller.isAdmin() && !caller.coaches(teamId)) {
                throw ProblemException.forbidden("the team is not one the caller coaches");
            }
            teams = Set.of(teamId);
        } else {
            teams = caller.isAdmin() ? null : caller.coachedTeams();
        }
        double threshold = store.settings(caller.tenantId()).reviewConfidenceBelow();
        List<QueueRow> rows = store.queue(
                caller.tenantId(), teams, caller.memberId(), threshold, from, limit + 1);
        boolean more = rows.size() > limit;
        List<ReviewQueue.Edge> edges = new ArrayList<>();
        for (QueueRow row : rows.subList(0, Math.min(limit, rows.size()))) {
            ReadingFact fact = row.fact();
            edges.add(
                    new ReviewQueue.Edge(
                            encodeCursor(row.key()),
                            new ReviewQueue.Item(
                                    fact.encounterId(),
                                    fact.repId(),
                                    fact.teamId(),
                                    fact.occurredAt(),
                                    fact.reading().state() == ReadingState.DISPUTED
                                            ? ReviewReason.DISPUTED
                                            : ReviewReason.LOW_CONFIDENCE,
                                    fact.reading().confidence(),
                                    fact.reading())));
        }
        return new ReviewQueue(
                edges,
                new ReviewQueue.PageInfo(
                        more, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                store.queueSize(caller.tenantId(), teams, caller.memberId(), threshold));
    }

    // ---- the admin -----------------------------------------------------------------------------

    /** Per language (every language the analyser reads), over the window ending now. */
    @Transactional
    public List<AnalyserAgreement> agreement(Caller caller, Window window, Instant asOf) {
        requireAdmin(caller, "only an admin watches the analyser");
        String from = window.length().map(asOf::minus).map(Instant::toString).orElse("-infinity");
        Map<Language, AgreementCounts> totals = new LinkedHashMap<>();
        store.agreement(caller.tenantId(), from, asOf, false)
                .forEach(c -> totals.put(c.language(), c));
        List<AgreementCounts> weeks = store.agreement(caller.tenantId(), from, asOf, true);
        var confusion = store.confusion(caller.tenantId(), from, asOf);
        List<AnalyserAgreement> all = new ArrayList<>();
        for (Language language : Language.values()) {
            AgreementCounts c = totals.getOrDefault(language, new AgreementCounts(language, null, 0, 0, 0, 0));
            all.add(
                    new AnalyserAgreement(
                            language,
                            c.readings(),
                            c.disputed(),
                            c.confirmed(),
                            c.corrected(),
                            AnalyserAgreement.share(c.disputed(), c.readings()),
                            AnalyserAgreement.share(c.confirmed(), c.readings()),
                            AnalyserAgreement.share(c.corrected(), c.readings()),
                            confusion.stream()
                                    .filter(x -> x.language() == language)
                                    .map(x -> new ConfusionCell(x.machine(), x.human(), x.count()))
                                    .toList(),
                            weeks.stream()
                                    .filter(w -> w.language() == language)
                                    .map(
                                            w -> new AgreementPoint(
                                                    w.periodStart(),
                                                    w.readings(),
                                                    w.disputed(),
                                                    w.confirmed(),
                                                    w.corrected()))
                                    .toList()));
        }
        return all;
    }

    /**
     * The confirmed and corrected readings as JSON Lines in the corpus format, the writer and the
     * id pseudonymous; only with the tenant's training consent.
     */
    @Transactional
    public String corrections(Caller caller) {
        requireAdmin(caller, "only an admin exports corrections");
        if (!store.settings(caller.tenantId()).trainingConsent()) {
            throw new ConsentRequired();
        }
        StringBuilder lines = new StringBuilder();
        for (Correction c : store.corrections(caller.tenantId())) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", "r-" + pseudonym(caller.tenantId(), c.encounterId()));
            line.put("language", c.language().name().toLowerCase(Locale.ROOT));
            line.put("text", c.text());
            line.put("stance", c.stance());
            line.put("blameTargets", c.blameTargets());
            line.put("writer", "p-" + pseudonym(caller.tenantId(), c.repId()));
            line.put("register", "production");
            line.put("machineStance", c.machineStance());
            line.put("machineBlameTargets", c.machineBlameTargets());
            try {
                lines.append(json.writeValueAsString(line)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a correction could not be written", e);
            }
        }
        return lines.toString();
    }

    /**
     * Erases the person's scoring data in the caller's tenant (journal-service's service token, or
     * an admin). Idempotent.
     */
    @Transactional
    public ReadingStore.Erased erase(Caller caller, String personId) {
        if (!caller.isService() && !caller.isAdmin()) {
            throw ProblemException.forbidden("only an admin or the journal erases a person");
        }
        return store.erase(caller.tenantId(), personId, ERASED);
    }

    /** The caller's history of one of their readings (their data export). */
    public List<ReadingChange> ownHistory(Caller caller, String encounterId) {
        return store.history(caller.tenantId(), encounterId);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The 403 of a tenant without training consent ({@code consent-required}). */
    public static final class ConsentRequired extends ProblemException {
        private static final long serialVersionUID = 1L;

        public static final String SLUG = "consent-required";

        public ConsentRequired() {
            super(
                    io.onme.support.ProblemType.FORBIDDEN,
                    "the tenant has not consented to training on its corrections",
                    null);
        }

        @Override
        public io.onme.support.Problem problem() {
            io.onme.support.Problem base = super.problem();
            return new io.onme.support.Problem(
                    io.onme.support.ProblemType.TYPE_BASE + SLUG,
                    "Consent required",
                    base.status(),
                    base.detail(),
                    base.errors());
        }
    }

    private ReadingFact found(Caller caller, String encounterId) {
        return store.lock(caller.tenantId(), encounterId)
                .orElseThrow(() -> ProblemException.notFound("encounter reading"));
    }

    private Reading reread(Caller caller, String encounterId) {
        return found(caller, encounterId).reading();
    }

    private static void requireRep(Caller caller, ReadingFact fact, String detail) {
        if (!caller.memberId().equals(fact.repId()) || caller.isService()) {
            throw ProblemException.forbidden(detail);
        }
    }

    private static void requireAdmin(Caller caller, String detail) {
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden(detail);
        }
    }

    private void released(int count) {
        if (count > 0) {
            metrics.counter(ReadingMetrics.RELEASED).increment(count);
        }
    }

    private static String language(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A stable pseudonym: the first 16 hex digits of SHA-256 over the tenant and the id. */
    static String pseudonym(String tenantId, String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((tenantId + '\u0000' + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encodeCursor(QueueKey key) {
        String raw = key.rank() + "|" + key.since() + "|" + key.encounterId();
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static QueueKey decodeCursor(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !(parts[0].equals("0") || parts[0].equals("1"))) {
                throw new IllegalArgumentException(cursor);
            }
            return new QueueKey(Integer.parseInt(parts[0]), Instant.parse(parts[1]), parts[2]);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.badField("after", "is not a cursor of this queue");
        }
    }
}
