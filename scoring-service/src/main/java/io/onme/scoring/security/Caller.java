package io.onme.scoring.security;

import java.util.Set;

/**
 * Who is calling, from the verified JWT alone: the tenant is never taken from input.
 *
 * @param memberId the {@code sub} claim
 * @param teams    the {@code teams} claim (coached teams for a coach)
 */
public record Caller(String tenantId, String memberId, Set<String> groups, Set<String> teams) {

    public Caller {
        groups = Set.copyOf(groups);
        teams = Set.copyOf(teams);
    }

    public boolean isAdmin() {
        return groups.contains("admin");
    }

    public boolean isCoach() {
        return groups.contains("coach");
    }

    public boolean isService() {
        return groups.contains("service");
    }

    /** Admins and service accounts read the whole tenant. */
    public boolean seesWholeTenant() {
        return isAdmin() || isService();
    }

    /** Teams whose data the caller may read as a coach; empty for anyone else. */
    public Set<String> coachedTeams() {
        return isCoach() ? teams : Set.of();
    }

    public boolean coaches(String teamId) {
        return teamId != null && coachedTeams().contains(teamId);
    }

    /** Whether a fact of this rep and team is visible: own data, coached teams, or the tenant. */
    public boolean sees(String repId, String teamId) {
        return seesWholeTenant() || memberId.equals(repId) || coaches(teamId);
    }
}
