package io.onme.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The platform's visibility rule, one copy for every service. */
class CallerTest {

    private static Caller caller(Set<String> roles, Set<String> teams) {
        return new Caller("t1", "dana", "Dana", roles, teams, "he-IL");
    }

    @Test
    void aRepSeesOnlyTheirOwnData() {
        Caller rep = caller(Set.of("rep"), Set.of("north"));
        assertTrue(rep.sees("dana", "north"));
        assertFalse(rep.sees("avi", "north"), "a rep's team is not a coached team");
        assertEquals(Set.of(), rep.coachedTeams());
        assertTrue(rep.isMember());
    }

    @Test
    void aCoachSeesTheTeamsTheyCoach() {
        Caller coach = caller(Set.of("coach"), Set.of("north", "south"));
        assertTrue(coach.sees("avi", "south"));
        assertFalse(coach.sees("avi", "east"));
        assertTrue(coach.coaches("north"));
        assertFalse(coach.coaches(null));
    }

    @Test
    void adminsAndServicesSeeTheWholeTenantButOnlyAdminsAreMembers() {
        assertTrue(caller(Set.of("admin"), Set.of()).sees("avi", "east"));
        Caller service = caller(Set.of("service"), Set.of());
        assertTrue(service.seesWholeTenant());
        assertFalse(service.isMember());
    }

    @Test
    void hebrewIsPreferredByLocale() {
        assertTrue(caller(Set.of("rep"), Set.of()).prefersHebrew());
        assertFalse(new Caller("t1", "dana", "Dana", Set.of(), Set.of(), null).prefersHebrew());
    }
}
