package io.onme.support;

import java.util.Locale;
import java.util.Set;

/**
 * Who is calling, from the verified JWT alone ({@link CurrentCaller}): the tenant is never taken
 * from input. The platform's roles: a rep reads and writes their own data, a coach also the data of
 * the teams in their {@code teams} claim, an admin the whole tenant; a service (a service token)
 * acts for the tenant named in its token.
 *
 * @param memberId the {@code sub} claim
 * @param name the {@code name} claim, or the member id when the token names nobody
 * @param roles the {@code groups} claim
 * @param teams the {@code teams} claim: the rep's teams, the teams a coach coaches
 * @param locale the {@code locale} claim, or null
 */
public record Caller(
        String tenantId,
        String memberId,
        String name,
        Set<String> roles,
        Set<String> teams,
        String locale) {

    public Caller {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public boolean isCoach() {
        return roles.contains("coach");
    }

    public boolean isService() {
        return roles.contains("service");
    }

    /** A member of a team in any role (rep, coach, admin); not a service. */
    public boolean isMember() {
        return roles.contains("rep") || isCoach() || isAdmin();
    }

    /** Admins and services read the whole tenant. */
    public boolean seesWholeTenant() {
        return isAdmin() || isService();
    }

    /** The teams whose data the caller reads as a coach; empty for anyone else. */
    public Set<String> coachedTeams() {
        return isCoach() ? teams : Set.of();
    }

    public boolean coaches(String teamId) {
        return teamId != null && coachedTeams().contains(teamId);
    }

    /** Whether data of this rep and team is visible: the tenant, a coached team, or one's own. */
    public boolean sees(String repId, String teamId) {
        return seesWholeTenant() || memberId.equals(repId) || coaches(teamId);
    }

    public boolean prefersHebrew() {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("he");
    }
}
