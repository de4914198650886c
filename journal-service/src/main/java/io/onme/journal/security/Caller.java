package io.onme.journal.security;

import java.util.Locale;
import java.util.Set;

/** The authenticated member, from the verified JWT only. */
public record Caller(String tenantId, String userId, String name, Set<String> groups, Set<String> teams,
                     String locale) {

    public boolean isAdmin() {
        return groups.contains("admin");
    }

    public boolean isCoach() {
        return groups.contains("coach");
    }

    public boolean isMember() {
        return groups.contains("rep") || isCoach() || isAdmin();
    }

    public boolean prefersHebrew() {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("he");
    }
}
