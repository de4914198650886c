package io.onme.playbook.service;

import io.onme.playbook.persistence.PlaybookEntity;
import io.onme.support.Caller;

/**
 * Who may change what. Built-ins: nobody (fork them). Tenant library (no team): admins. Team
 * playbooks: admins and the coaches of that team. Reps read only.
 */
public final class PlaybookRules {

    private PlaybookRules() {
    }

    public static boolean mayEdit(Caller caller, Playbook playbook) {
        return mayEdit(caller, playbook.builtIn(), playbook.tenantId(), playbook.teamId());
    }

    static boolean mayEdit(Caller caller, PlaybookEntity playbook) {
        return mayEdit(caller, playbook.builtIn, playbook.tenantId, playbook.teamId);
    }

    private static boolean mayEdit(Caller caller, boolean builtIn, String tenantId, String teamId) {
        if (builtIn || !caller.tenantId().equals(tenantId)) {
            return false;
        }
        return mayManage(caller, teamId);
    }

    /** May the caller create or own a playbook in this place (null team = tenant library)? */
    public static boolean mayManage(Caller caller, String teamId) {
        if (caller.isAdmin()) {
            return true;
        }
        return teamId != null && caller.coaches(teamId);
    }
}
