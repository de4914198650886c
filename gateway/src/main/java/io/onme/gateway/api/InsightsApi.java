package io.onme.gateway.api;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.onme.gateway.api.model.Analysis;
import io.onme.gateway.api.model.Language;
import io.onme.gateway.api.model.Member;
import io.onme.gateway.api.model.QuartileOutcome;
import io.onme.gateway.api.model.RepProfile;
import io.onme.gateway.api.model.Team;
import io.onme.gateway.api.model.Window;
import io.onme.gateway.client.AnalysisRequest;
import io.onme.gateway.client.ScoringBackend;
import io.onme.gateway.error.GatewayException;
import io.onme.gateway.security.Caller;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/** Live analysis, rep profiles and teams, from scoring-service. */
@GraphQLApi
public class InsightsApi {

    static final int MAX_REFLECTION = 10_000;

    @Inject
    Caller caller;

    @Inject
    RequestData requestData;

    @Inject
    ScoringBackend scoring;

    @Query("analyzeReflection")
    @NonNull
    @Description("Live analysis of a reflection while it is typed; stores nothing.")
    public Uni<Analysis> analyzeReflection(
            @Name("text") @NonNull String text, @Name("language") Language language) {
        if (text.length() > MAX_REFLECTION) {
            throw GatewayException.badInput(
                    "text", "text must be at most " + MAX_REFLECTION + " characters");
        }
        return scoring.analyse(caller.credentials(), new AnalysisRequest(text, language));
    }

    @Query("repProfile")
    @NonNull
    @Description("Default: the caller. Coaches may ask for reps of teams they coach; admins for anyone in the tenant.")
    public Uni<RepProfile> repProfile(
            @Name("repId") @Id String repId,
            @Name("window") @DefaultValue("LAST_90_DAYS") Window window) {
        String rep = repId == null || repId.isBlank() ? caller.id() : repId;
        boolean self = rep.equals(caller.id());
        return scoring.profile(
                caller.credentials(),
                rep,
                (window == null ? Window.LAST_90_DAYS : window).name())
                .map(
                        profile -> profile.withRep(
                                member(profile, self ? caller.teams() : List.of())));
    }

    @Query("team")
    @NonBlocking
    public Team team(@Name("id") @Id @NonNull String id) {
        if (!ViewerApi.maySee(caller, id)) {
            throw GatewayException.notFound();
        }
        return Team.of(id);
    }

    /*
     * Team fields take every Team of the query level at once (me { teams { … } } lists several), so each is
     * one scoring-service call per level, not one per team. A team scoring-service leaves out (no facts, or
     * not visible) gets an empty list.
     */

    /** The reps scoring-service knows in the team (everyone with a scored encounter there). */
    @Name("members")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Member>>> members(@Source List<Team> teams) {
        return scoring.members(caller.credentials(), ids(teams))
                .map(
                        byTeam -> teams.stream()
                                .map(
                                        team -> byTeam
                                                .getOrDefault(team.id(), List.of())
                                                .stream()
                                                .map(
                                                        member -> new Member(
                                                                member.id(),
                                                                member
                                                                        .displayName(),
                                                                List.of(
                                                                        team
                                                                                .id())))
                                                .toList())
                                .toList());
    }

    @Name("leaderboard")
    @NonNull
    public Uni<List<@NonNull List<@NonNull RepProfile>>> leaderboard(
            @Source List<Team> teams, @Name("window") @DefaultValue("LAST_30_DAYS") Window window) {
        return scoring.leaderboards(
                caller.credentials(),
                ids(teams),
                (window == null ? Window.LAST_30_DAYS : window).name())
                .map(
                        byTeam -> teams.stream()
                                .map(
                                        team -> byTeam
                                                .getOrDefault(team.id(), List.of())
                                                .stream()
                                                .map(
                                                        profile -> profile.withRep(
                                                                member(
                                                                        profile,
                                                                        List
                                                                                .of(
                                                                                        team
                                                                                                .id()))))
                                                .toList())
                                .toList());
    }

    @Name("ownershipOutcome")
    @NonNull
    @Description("Win rate by ownership quartile: the team's own evidence that ownership pays.")
    public Uni<List<@NonNull List<@NonNull QuartileOutcome>>> ownershipOutcome(
            @Source List<Team> teams, @Name("window") @DefaultValue("LAST_90_DAYS") Window window) {
        return scoring.ownershipOutcomes(
                caller.credentials(),
                ids(teams),
                (window == null ? Window.LAST_90_DAYS : window).name())
                .map(
                        byTeam -> teams.stream()
                                .map(team -> byTeam.getOrDefault(team.id(), List.of()))
                                .toList());
    }

    private static List<String> ids(List<Team> teams) {
        return teams.stream().map(Team::id).distinct().toList();
    }

    private static Member member(RepProfile profile, List<String> teamIds) {
        Member rep = profile.rep();
        return new Member(
                rep == null ? null : rep.id(), rep == null ? null : rep.displayName(), teamIds);
    }
}
