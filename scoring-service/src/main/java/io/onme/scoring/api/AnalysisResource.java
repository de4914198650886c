package io.onme.scoring.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.onme.scoring.analysis.Language;
import io.onme.scoring.domain.Reflections;
import io.onme.scoring.service.ScoringService;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;
import io.quarkus.security.Authenticated;

/** Live analysis of a reflection while it is typed; stores nothing. */
@Path("/analyses")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ScoringService scoring;

    @POST
    public AnalysisView analyze(@Valid @NotNull AnalyzeRequest request) {
        String tenant = caller.get().tenantId();
        Language language = parseLanguage(request.language());
        return AnalysisView.of(scoring.analyze(tenant, request.text(), language));
    }

    static Language parseLanguage(String value) {
        try {
            return Reflections.parseLanguage(value).orElse(null);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("language", "unknown language; expected HE or EN");
        }
    }
}
