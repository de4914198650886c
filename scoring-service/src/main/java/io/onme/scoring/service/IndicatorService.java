package io.onme.scoring.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.onme.scoring.domain.Indicators.Member;
import io.onme.scoring.domain.Indicators.QuartileOutcome;
import io.onme.scoring.domain.Indicators.RepProfile;
import io.onme.scoring.domain.Window;
import io.onme.scoring.persistence.IndicatorQueries;
import io.onme.scoring.persistence.ReadingStore;
import io.onme.support.Caller;

/**
 * Who may see which indicators: a rep their own profile; a coach the reps of the teams they coach
 * and those teams; an admin (or service account) the tenant. Anything else is absent.
 */
@ApplicationScoped
public class IndicatorService {

    @Inject
    IndicatorQueries queries;

    @Inject
    ReadingStore readings;

    /** Empty when the caller may not see the rep (or the rep is unknown to the tenant). */
    public Optional<RepProfile> profile(Caller caller, String repId, Window window, Instant asOf) {
        List<RepProfile> profiles = profiles(caller, List.of(repId), window, asOf);
        return profiles.isEmpty() ? Optional.empty() : Optional.of(profiles.get(0));
    }

    /** The visible reps' profiles in the order asked; the others are silently left out. */
    public List<RepProfile> profiles(
            Caller caller, List<String> repIds, Window window, Instant asOf) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(repIds));
        Map<String, Member> known = queries.membersById(caller.tenantId(), distinct);
        List<String> visible = distinct.stream().filter(rep -> maySee(caller, rep, known.get(rep))).toList();
        return queries.repProfiles(caller.tenantId(), visible, window, asOf);
    }

    /**
     * The team's coaches and the tenant's admins see the whole leaderboard; a rep of the team sees
     * it only when the tenant lets reps see it ({@code repsSeeLeaderboard}), else only their own
     * row.
     */
    public Optional<List<RepProfile>> leaderboard(
            Caller caller, String teamId, Window window, Instant asOf) {
        if (maySeeTeam(caller, teamId)) {
            return Optional.of(queries.leaderboard(caller.tenantId(), teamId, window, asOf));
        }
        if (!caller.isMember() || !caller.teams().contains(teamId)) {
            return Optional.empty();
        }
        List<RepProfile> board = queries.leaderboard(caller.tenantId(), teamId, window, asOf);
        if (readings.settings(caller.tenantId()).repsSeeLeaderboard()) {
            return Optional.of(board);
        }
        return Optional.of(
                board.stream().filter(row -> row.rep().id().equals(caller.memberId())).toList());
    }

    public Optional<List<QuartileOutcome>> ownershipOutcome(
            Caller caller, String teamId, Window window, Instant asOf) {
        return maySeeTeam(caller, teamId)
                ? Optional.of(queries.ownershipOutcome(caller.tenantId(), teamId, window, asOf))
                : Optional.empty();
    }

    public Optional<List<Member>> members(Caller caller, String teamId) {
        return maySeeTeam(caller, teamId)
                ? Optional.of(queries.teamMembers(caller.tenantId(), teamId))
                : Optional.empty();
    }

    private static boolean maySee(Caller caller, String repId, Member known) {
        if (caller.memberId().equals(repId)) {
            return true; // one's own profile exists even before the first entry
        }
        if (known == null) {
            return false;
        }
        return caller.seesWholeTenant() || known.teamIds().stream().anyMatch(caller::coaches);
    }

    private boolean maySeeTeam(Caller caller, String teamId) {
        if (caller.coaches(teamId)) {
            return true;
        }
        return caller.seesWholeTenant() && queries.teamKnown(caller.tenantId(), teamId);
    }
}
