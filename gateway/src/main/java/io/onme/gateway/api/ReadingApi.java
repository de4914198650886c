package io.onme.gateway.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.onme.gateway.api.model.AnalyserAgreement;
import io.onme.gateway.api.model.BlameTarget;
import io.onme.gateway.api.model.Encounter;
import io.onme.gateway.api.model.EncounterData;
import io.onme.gateway.api.model.Member;
import io.onme.gateway.api.model.PageInfo;
import io.onme.gateway.api.model.Reading;
import io.onme.gateway.api.model.ReadingChange;
import io.onme.gateway.api.model.ReviewDecision;
import io.onme.gateway.api.model.ReviewInput;
import io.onme.gateway.api.model.ReviewItem;
import io.onme.gateway.api.model.ReviewItemData;
import io.onme.gateway.api.model.ReviewItemEdge;
import io.onme.gateway.api.model.ReviewQueueConnection;
import io.onme.gateway.api.model.Role;
import io.onme.gateway.api.model.Stance;
import io.onme.gateway.api.model.Window;
import io.onme.gateway.client.Credentials;
import io.onme.gateway.client.DisputeRequest;
import io.onme.gateway.client.JournalBackend;
import io.onme.gateway.client.ReviewQueuePage;
import io.onme.gateway.client.ReviewRequest;
import io.onme.gateway.client.ScoreFactData;
import io.onme.gateway.client.ScoringBackend;
import io.onme.gateway.config.GatewayConfig;
import io.onme.gateway.error.ErrorCode;
import io.onme.gateway.error.GatewayException;
import io.onme.gateway.security.Caller;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;

/**
 * Readings (docs/coaching-not-surveillance.md): an encounter's reading and whether it is withheld
 * (from the same {@code /scores/batch} call as its analysis), its history, the rep's seen and
 * dispute, the coach's review and queue, the admin's view of the analyser. Role checks here only
 * spare a call that scoring-service would refuse; scoring-service decides.
 */
@GraphQLApi
public class ReadingApi {

    /** A dispute or review note, as scoring-service takes it. */
    static final int MAX_NOTE = 500;

    /** How many history calls run at once for one list of readings (no batch endpoint). */
    private static final int HISTORY_CONCURRENCY = 8;

    /** Under a queue item, the encounter's fields that need its score facts. */
    private static final List<String> QUEUE_ENCOUNTERS = List.of("edges", "node", "encounter");

    private static final Set<String> ENCOUNTER = Set.of("encounter");

    private static final List<String> QUEUE_NODES = List.of("edges", "node");

    @Inject
    Caller caller;

    @Inject
    RequestData requestData;

    @Inject
    ScoringBackend scoring;

    @Inject
    JournalBackend journal;

    @Inject
    GatewayConfig config;

    @Inject
    Context context;

    // ------------------------------------------------------------ Encounter's reading

    /** Every encounter's reading from the score facts its analysis comes from: no other call. */
    @Name("reading")
    @Description("The reading that counts (a coach's correction, else the machine's). Null while the"
            + " score is pending, and while it is withheld from a coach (readingWithheld).")
    public Uni<List<Reading>> reading(@Source List<Encounter> sources) {
        return scores(sources)
                .map(
                        facts -> sources.stream()
                                .map(
                                        encounter -> {
                                            ScoreFactData fact = facts.get(encounter.getId());
                                            return fact == null || fact.reading() == null
                                                    ? null
                                                    : new Reading(
                                                            encounter.getId(),
                                                            fact.reading());
                                        })
                                .toList());
    }

    /**
     * Non-null by the contract, so a scoring outage must not null the encounter: then false, and
     * {@code reading} and {@code analysis} carry the error.
     */
    @Name("readingWithheld")
    @NonNull
    @Description("True when the caller is not the rep and the rep has not seen this reading yet (rep"
            + " first): analysis and reading are then null.")
    public Uni<List<@NonNull Boolean>> readingWithheld(@Source List<Encounter> sources) {
        return scores(sources)
                .onFailure()
                .recoverWithItem(Map.of())
                .map(
                        facts -> sources.stream()
                                .map(
                                        encounter -> {
                                            ScoreFactData fact = facts.get(encounter.getId());
                                            return fact != null && fact.isWithheld();
                                        })
                                .toList());
    }

    private Uni<Map<String, ScoreFactData>> scores(List<Encounter> sources) {
        return requestData.scores(
                sources.stream().map(Encounter::getId).toList(),
                Selections.anyInDocument(context, EncounterApi.ANALYSIS_DETAIL));
    }

    // ------------------------------------------------------------ Reading's lazy fields

    /**
     * The history of every reading of the level. scoring-service has no batch history endpoint: one
     * call per distinct encounter, at most {@link #HISTORY_CONCURRENCY} at a time, only when the
     * query asks for history.
     */
    @Name("history")
    @NonNull
    @Description("Disputes, reviews and resets of this reading, oldest first.")
    public Uni<List<@NonNull List<@NonNull ReadingChange>>> history(@Source List<Reading> sources) {
        Credentials credentials = caller.credentials();
        List<String> ids = new ArrayList<>(
                new LinkedHashSet<>(sources.stream().map(Reading::encounterId).toList()));
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<List<ReadingChange>>> calls = ids.stream().map(id -> scoring.history(credentials, id)).toList();
        return Uni.join()
                .all(calls)
                .usingConcurrencyOf(HISTORY_CONCURRENCY)
                .andCollectFailures()
                .onFailure(CompositeException.class)
                .transform(failure -> failure.getCauses().get(0))
                .map(
                        found -> {
                            Map<String, List<ReadingChange>> byId = new HashMap<>();
                            for (int i = 0; i < ids.size(); i++) {
                                byId.put(ids.get(i), found.get(i));
                            }
                            return sources.stream()
                                    .map(reading -> byId.get(reading.encounterId()))
                                    .toList();
                        });
    }

    /**
     * The reviewing coach as a member. No service keeps people's names yet (as for {@code
     * Team.name}): the name only when the coach is the caller (from the token), so no call.
     */
    @Name("reviewedBy")
    @Description("The coach who confirmed or corrected the reading; the name only when it is you.")
    public List<Member> reviewedBy(@Source List<Reading> sources) {
        return sources.stream()
                .map(
                        reading -> {
                            String id = reading.data().reviewedBy();
                            if (id == null) {
                                return null;
                            }
                            boolean self = id.equals(caller.id());
                            return new Member(
                                    id,
                                    self ? caller.displayName() : null,
                                    self ? caller.teams() : List.of());
                        })
                .toList();
    }

    // ------------------------------------------------------------ the rep

    @Mutation("markReadingSeen")
    @NonNull
    @Description("The rep has seen their reading (idempotent); with AFTER_REP_SEEN this releases it to"
            + " coaches.")
    public Uni<Reading> markReadingSeen(@Name("encounterId") @Id @NonNull String encounterId) {
        return scoring.seen(caller.credentials(), encounterId)
                .map(reading -> new Reading(encounterId, reading));
    }

    @Mutation("disputeReading")
    @NonNull
    @Description("The rep disputes their own UNREVIEWED reading, once per revision, with a note of 1..500"
            + " characters; a coach is asked to look (CONFLICT when already disputed or"
            + " reviewed).")
    public Uni<Reading> disputeReading(
            @Name("encounterId") @Id @NonNull String encounterId,
            @Name("note") @NonNull String note) {
        if (note.isBlank()) {
            throw GatewayException.badInput("note", "note must not be blank");
        }
        if (tooLong(note)) {
            throw GatewayException.badInput(
                    "note", "note must be at most " + MAX_NOTE + " characters");
        }
        return scoring.dispute(caller.credentials(), encounterId, new DisputeRequest(note))
                .map(reading -> new Reading(encounterId, reading));
    }

    // ------------------------------------------------------------ the coach

    @Mutation("reviewReading")
    @NonNull
    @Description("A coach of the team (an admin: anyone's) confirms a released reading or corrects its"
            + " stance and targets; nobody reviews their own.")
    public Uni<Reading> reviewReading(
            @Name("encounterId") @Id @NonNull String encounterId,
            @Name("input") @NonNull ReviewInput input) {
        requireCoach();
        ReviewRequest request = reviewRequest(input);
        return scoring.review(caller.credentials(), encounterId, request)
                .map(reading -> new Reading(encounterId, reading));
    }

    /** The review as scoring-service takes it, after the checks it would fail anyway. */
    static ReviewRequest reviewRequest(ReviewInput input) {
        List<BlameTarget> targets = input.blameTargets() == null
                ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(input.blameTargets()));
        String note = input.note() == null || input.note().isBlank() ? null : input.note();
        if (note != null && tooLong(note)) {
            throw GatewayException.badInput(
                    "input.note", "note must be at most " + MAX_NOTE + " characters");
        }
        if (input.decision() == ReviewDecision.CONFIRM) {
            if (input.stance() != null || !targets.isEmpty()) {
                throw GatewayException.badInput(
                        input.stance() != null ? "input.stance" : "input.blameTargets",
                        "CONFIRM keeps the machine's reading: give no stance or blame targets");
            }
            return new ReviewRequest(ReviewDecision.CONFIRM, null, List.of(), note);
        }
        Stance stance = input.stance();
        if (stance == null) {
            throw GatewayException.badInput("input.stance", "CORRECT needs a stance");
        }
        if (stance == Stance.BLAME && targets.isEmpty()) {
            throw GatewayException.badInput(
                    "input.blameTargets", "a BLAME reading needs at least one blame target");
        }
        if (stance != Stance.BLAME && stance != Stance.MIXED && !targets.isEmpty()) {
            throw GatewayException.badInput(
                    "input.blameTargets", "blame targets go only with BLAME or MIXED");
        }
        return new ReviewRequest(ReviewDecision.CORRECT, stance, targets, note);
    }

    @Query("reviewQueue")
    @NonNull
    @Description("Released readings of the caller's teams that are DISPUTED, or UNREVIEWED under the"
            + " tenant's reviewConfidenceBelow: disputes first, then oldest first. Coaches"
            + " and admins.")
    public Uni<ReviewQueueConnection> reviewQueue(
            @Name("teamId") @Id String teamId,
            @Name("first") @DefaultValue("20") Integer first,
            @Name("after") String after) {
        requireCoach();
        if (teamId != null && !ViewerApi.maySee(caller, teamId)) {
            throw new GatewayException(ErrorCode.FORBIDDEN, "Not permitted: not your team");
        }
        int size = Pages.first(first, config.maxPageSize());
        Credentials credentials = caller.credentials();
        boolean encountersNeeded = Selections.anySelectedAt(context, QUEUE_NODES, ENCOUNTER);
        boolean scoresNeeded = encountersNeeded
                && Selections.anySelectedAt(
                        context, QUEUE_ENCOUNTERS, EncounterApi.SCORED_FIELDS);
        boolean scoreDetail = scoresNeeded && Selections.anyInDocument(context, EncounterApi.ANALYSIS_DETAIL);
        // scoring-service's queue is already a page of edges with cursors: passed on as they are
        // (a cursor it did not hand out is its 400 on after)
        return scoring.reviewQueue(
                credentials, teamId, size, after == null || after.isEmpty() ? null : after)
                .flatMap(
                        page -> {
                            List<String> ids = page.edges().stream()
                                    .map(edge -> edge.node().encounterId())
                                    .distinct()
                                    .toList();
                            if (scoresNeeded) {
                                requestData.prefetchScores(ids, scoreDetail);
                            }
                            Uni<Map<String, EncounterData>> encounters = encountersNeeded
                                    ? encounters(credentials, ids)
                                    : Uni.createFrom().item(Map.of());
                            return encounters.map(byId -> connection(page, byId, encountersNeeded));
                        });
    }

    private static ReviewQueueConnection connection(
            ReviewQueuePage page, Map<String, EncounterData> encounters, boolean encountersNeeded) {
        List<ReviewItemEdge> edges = new ArrayList<>();
        for (ReviewQueuePage.Edge edge : page.edges()) {
            ReviewItemData item = edge.node();
            EncounterData encounter = encounters.get(item.encounterId());
            if (encountersNeeded && encounter == null) {
                // deleted, or no longer visible, since scoring-service listed it
                continue;
            }
            edges.add(
                    new ReviewItemEdge(
                            edge.cursor(),
                            new ReviewItem(
                                    encounter == null ? null : new Encounter(encounter),
                                    item.reason(),
                                    item.confidence())));
        }
        PageInfo pageInfo = page.pageInfo() == null
                ? new PageInfo(
                        false,
                        edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor())
                : page.pageInfo();
        int total = page.totalCount() == null ? edges.size() : page.totalCount();
        return new ReviewQueueConnection(edges, pageInfo, total);
    }

    /** The queue's encounters from journal-service, one batch call (a page is at most 100). */
    private Uni<Map<String, EncounterData>> encounters(Credentials credentials, List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return journal.batch(credentials, ids)
                .map(
                        found -> {
                            Map<String, EncounterData> byId = new HashMap<>();
                            found.forEach(encounter -> byId.put(encounter.id(), encounter));
                            return byId;
                        });
    }

    // ------------------------------------------------------------ the admin

    @Query("analyserAgreement")
    @NonNull
    @Description("Per language: how many readings were disputed, confirmed and corrected, the machine's"
            + " stance against people's, and the same per week. Admins.")
    public Uni<List<@NonNull AnalyserAgreement>> analyserAgreement(
            @Name("window") @DefaultValue("LAST_90_DAYS") Window window) {
        requireAdmin();
        return scoring.agreement(
                caller.credentials(), (window == null ? Window.LAST_90_DAYS : window).name());
    }

    @Query("correctionsExport")
    @NonNull
    @Description("Confirmed and corrected readings as JSON Lines in the corpus format, only with the"
            + " tenant's trainingConsent (else FORBIDDEN). Admins.")
    public Uni<String> correctionsExport() {
        requireAdmin();
        return scoring.corrections(caller.credentials());
    }

    private void requireCoach() {
        if (!caller.has(Role.COACH) && !caller.has(Role.ADMIN)) {
            throw new GatewayException(ErrorCode.FORBIDDEN, "Not permitted: coaches and admins");
        }
    }

    private void requireAdmin() {
        if (!caller.has(Role.ADMIN)) {
            throw new GatewayException(ErrorCode.FORBIDDEN, "Not permitted: admins only");
        }
    }

    private static boolean tooLong(String note) {
        return note.codePointCount(0, note.length()) > MAX_NOTE;
    }
}
