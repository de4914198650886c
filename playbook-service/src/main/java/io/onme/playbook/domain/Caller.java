package io.onme.playbook.domain;

import java.util.Set;

/** Who is calling, from the verified JWT only: the tenant is never taken from input. */
public record Caller(String tenantId, String userId, Set<String> roles, Set<String> teams) {

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

    /** A coach manages the playbooks of the teams in their {@code teams} claim. */
    public boolean coaches(String teamId) {
        return isCoach() && teamId != null && teams.contains(teamId);
    }
}
