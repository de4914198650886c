package io.onme.scoring.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.onme.scoring.analysis.Analysis;
import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;

/**
 * The wire form of an analysis (GraphQL {@code Analysis} plus the analyser version). A summary has
 * no {@code evidence} and {@code reframes} keys.
 */
public record AnalysisView(
        Language language,
        Stance stance,
        int ownershipScore,
        List<BlameTarget> blameTargets,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EvidenceView> evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ReframeView> reframes,
        Double confidence,
        String analyzerVersion) {

    /** A span by UTF-16 offsets: {@code text.substring(start, end)}. */
    public record EvidenceView(
            int start,
            int end,
            String text,
            Stance stance,
            @Schema(nullable = true) BlameTarget target,
            String rule) {
    }

    public record ReframeView(
            String original, String suggestion, @Schema(nullable = true) BlameTarget target) {
    }

    public static AnalysisView of(Analysis analysis) {
        return new AnalysisView(
                analysis.language(),
                analysis.stance(),
                analysis.ownershipScore(),
                analysis.blameTargets(),
                analysis.evidence().stream()
                        .map(
                                e -> new EvidenceView(
                                        e.start(),
                                        e.end(),
                                        e.text(),
                                        e.stance(),
                                        e.target(),
                                        e.rule()))
                        .toList(),
                analysis.reframes().stream()
                        .map(r -> new ReframeView(r.original(), r.suggestion(), r.target()))
                        .toList(),
                analysis.confidence(),
                analysis.analyzerVersion());
    }

    /** Without evidence and reframes. */
    public static AnalysisView summaryOf(Analysis analysis) {
        return new AnalysisView(
                analysis.language(),
                analysis.stance(),
                analysis.ownershipScore(),
                analysis.blameTargets(),
                null,
                null,
                analysis.confidence(),
                analysis.analyzerVersion());
    }
}
