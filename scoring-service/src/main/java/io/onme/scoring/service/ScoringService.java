package io.onme.scoring.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.onme.scoring.analysis.Analysis;
import io.onme.scoring.analysis.Analyzer;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.domain.EncounterFacts;
import io.onme.scoring.domain.Reading;
import io.onme.scoring.domain.ReadingState;
import io.onme.scoring.domain.Reflections;
import io.onme.scoring.domain.ScoreFact;
import io.onme.scoring.persistence.ReadingStore;
import io.onme.scoring.persistence.ScoreFactEntity;
import io.onme.scoring.persistence.ScoreFactRepository;
import io.onme.scoring.persistence.TenantPhraseStore;
import io.onme.support.Caller;

/** Analyses reflections with the tenant's phrases and keeps one score fact per encounter. */
@ApplicationScoped
public class ScoringService {

    @Inject
    Analyzer analyzer;

    @Inject
    ScoreFactRepository facts;

    @Inject
    TenantPhraseStore phrases;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @Inject
    ReadingStore readings;

    public String analyzerVersion() {
        return analyzer.version();
    }

    /** Analyses only; stores nothing. */
    public Analysis analyze(String tenantId, String text, Language language) {
        return analyzer.analyze(text, language, phrases.forTenant(tenantId));
    }

    /**
     * Analyses the reflection and upserts the fact; answers the stored fact, which is the stored
     * newer one when this revision is older than what is already there.
     */
    @Transactional
    public ScoreFact score(String tenantId, EncounterFacts received) {
        EncounterFacts encounter = received.withReflection(Reflections.storable(received.reflection()));
        Analysis analysis = analyze(tenantId, encounter.reflection(), encounter.requestedLanguage());
        ScoreFactRepository.Upserted upserted = facts.upsert(
                tenantId,
                encounter,
                analysis,
                toJson(analysis),
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                readings.settings(tenantId).releasesOnWrite());
        // "kept": a redelivery or an out-of-order older revision left the stored fact as it was
        metrics.counter("onme.score.upserts", "result", upserted.written() ? "written" : "kept")
                .increment();
        if (upserted.released()) {
            metrics.counter(ReadingMetrics.RELEASED).increment();
        }
        return facts.find(tenantId, encounter.encounterId())
                .map(this::fact)
                .orElseThrow(() -> new IllegalStateException("the upserted fact is missing"));
    }

    /**
     * Recomputes a batch of stored facts with the current analyser, in one transaction.
     *
     * @return how many were replaced (a fact rewritten meanwhile by a newer delivery is left alone)
     */
    @Transactional
    public int rescore(String tenantId, List<ScoreFactRepository.RescoreCandidate> batch) {
        int rescored = 0;
        for (ScoreFactRepository.RescoreCandidate fact : batch) {
            Language requested = fact.requestedLanguage() == null
                    ? null
                    : Language.valueOf(fact.requestedLanguage());
            Analysis analysis = analyze(tenantId, fact.reflection(), requested);
            if (facts.rescore(
                    tenantId,
                    fact.encounterId(),
                    fact.revision(),
                    analysis,
                    toJson(analysis),
                    Instant.now().truncatedTo(ChronoUnit.MICROS))) {
                rescored++;
            }
        }
        return rescored;
    }

    @Transactional
    public boolean delete(String tenantId, String encounterId) {
        return facts.deleteFact(tenantId, encounterId);
    }

    /**
     * The facts among these encounters that the caller may see (own, coached teams, or the whole
     * tenant).
     */
    @Transactional
    public List<ScoreFact> visible(Caller caller, Collection<String> encounterIds) {
        return facts
                .findVisible(
                        caller.tenantId(),
                        encounterIds,
                        caller.seesWholeTenant(),
                        caller.memberId(),
                        caller.coachedTeams())
                .stream()
                .map(this::fact)
                .toList();
    }

    /** The rep's facts with their readings, oldest first. */
    @Transactional
    public List<ScoreFact> ofRep(String tenantId, String repId) {
        return facts.ofRep(tenantId, repId).stream().map(this::fact).toList();
    }

    private ScoreFact fact(ScoreFactEntity fact) {
        Analysis analysis;
        try {
            analysis = json.readValue(fact.analysisJson, Analysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "stored analysis of " + fact.encounterId + " is unreadable", e);
        }
        return new ScoreFact(
                fact.encounterId,
                fact.revision,
                fact.repId,
                fact.teamId,
                fact.occurredAt,
                fact.analyzerVersion,
                fact.scoredAt,
                analysis,
                reading(fact));
    }

    private static Reading reading(ScoreFactEntity fact) {
        return new Reading(
                Stance.valueOf(fact.stance),
                ReadingStore.targets(fact.blameTargets),
                fact.ownershipScore,
                ReadingState.valueOf(fact.readingState),
                Stance.valueOf(fact.machineStance),
                ReadingStore.targets(fact.machineTargets),
                fact.machineScore,
                fact.confidence,
                fact.repSeenAt,
                fact.released,
                fact.disputeNote,
                fact.disputedAt,
                fact.reviewedBy,
                fact.reviewedAt,
                fact.reviewNote);
    }

    private String toJson(Analysis analysis) {
        try {
            return json.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis cannot be written as JSON", e);
        }
    }
}
