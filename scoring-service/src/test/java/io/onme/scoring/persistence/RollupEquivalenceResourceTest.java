package io.onme.scoring.persistence;

import static io.onme.scoring.support.Encounters.newTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.scoring.domain.Indicators.ArchetypeRange;
import io.onme.scoring.domain.Indicators.RepProfile;
import io.onme.scoring.domain.Indicators.StanceShare;
import io.onme.scoring.domain.Indicators.TargetShare;
import io.onme.scoring.domain.Indicators.TrendPoint;
import io.onme.scoring.domain.Window;
import io.onme.scoring.support.FactFixture;
import io.onme.scoring.support.FactFixture.Fact;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The rollup-based profiles and leaderboards equal the plain computation over the facts ({@link
 * RawProfileOracle}) on random facts spanning more than a year, for every window and for asOf
 * values inside weeks and on their boundaries; another tenant's facts for the same reps and teams
 * count in neither.
 */
@QuarkusTest
class RollupEquivalenceResourceTest {

    private static final double EPS = 1e-9;
    private static final List<String> REPS = List.of("r1", "r2", "r3", "r4", "r5", "r6");
    private static final List<String> TEAMS = List.of("t1", "t2", "t3");
    private static final String[] ARCHETYPES = {
            "SKEPTICAL",
            "ANTAGONISTIC",
            "UNINTERESTED",
            "HOSTILE",
            "CLOSED",
            "DISTRUSTFUL",
            "PRICE_FOCUSED",
            "NOT_LISTENING",
            "READY"
    };
    private static final String[] OUTCOMES = { "WON", "LOST", "PROGRESSING", "NO_DECISION" };
    private static final String[] STANCES = { "OWNERSHIP", "BLAME", "HELPLESS", "MIXED", "NEUTRAL" };
    private static final String[] TARGETS = {
            "CUSTOMER", "MANAGEMENT", "OPERATIONS", "PRICE", "MARKET", "PRODUCT"
    };

    /** A Monday 00:00 UTC: the facts span the 430 days before it. */
    private static final Instant END = Instant.parse("2026-11-30T00:00:00Z");

    @Inject
    DataSource dataSource;

    @Inject
    IndicatorQueries queries;

    @Inject
    RawProfileOracle oracle;

    @Test
    void rollupProfilesEqualTheFactsComputationForEveryWindow() {
        String tenant = newTenant();
        Random random = new Random(20261127);
        // another tenant with the same reps and teams, whose facts must not count
        FactFixture neighbour = new FactFixture(dataSource, newTenant());
        for (int i = 0; i < 40; i++) {
            neighbour.add(
                    new Fact(
                            "e" + i,
                            REPS.get(i % REPS.size()),
                            "Other",
                            TEAMS.get(i % TEAMS.size()),
                            "c1",
                            END.minus(Duration.ofDays(3L * i + 1)),
                            "READY",
                            "WON",
                            false,
                            "OWNERSHIP",
                            100,
                            ""));
        }
        FactFixture fixture = new FactFixture(dataSource, tenant);
        for (int i = 0; i < 400; i++) {
            String rep = REPS.get(random.nextInt(REPS.size()));
            // a rep works mostly in one team, sometimes in the next one
            int home = REPS.indexOf(rep) % TEAMS.size();
            String team = TEAMS.get(random.nextInt(5) == 0 ? (home + 1) % TEAMS.size() : home);
            Instant at = random.nextInt(8) == 0
                    // on a week boundary exactly, where rollup and raw facts meet
                    ? END.minus(Duration.ofDays(7L * random.nextInt(62)))
                    : END.minusSeconds(random.nextLong(430L * 86400));
            String targets = "";
            String stance = STANCES[random.nextInt(STANCES.length)];
            if (stance.equals("BLAME") || stance.equals("MIXED")) {
                targets = TARGETS[random.nextInt(TARGETS.length)]
                        + (random.nextBoolean()
                                ? "," + TARGETS[random.nextInt(TARGETS.length)]
                                : "");
            }
            fixture.add(
                    new Fact(
                            "e" + i,
                            rep,
                            rep.equals("r2") ? "רון שני" : null,
                            team,
                            random.nextInt(10) == 0 ? null : "c" + random.nextInt(12),
                            at,
                            random.nextInt(6) == 0
                                    ? null
                                    : ARCHETYPES[random.nextInt(ARCHETYPES.length)],
                            OUTCOMES[random.nextInt(OUTCOMES.length)],
                            random.nextBoolean(),
                            stance,
                            random.nextInt(101),
                            targets));
        }

        List<Instant> asOfs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            asOfs.add(END.minusSeconds(random.nextLong(400L * 86400)));
        }
        asOfs.add(END); // a Monday 00:00: the window's both edges fall on week boundaries
        asOfs.add(END.minus(Duration.ofDays(7 * 20))); // another Monday, facts after it too
        asOfs.add(END.plus(Duration.ofDays(45)).plusSeconds(3601)); // after the last fact
        int compared = 0;
        for (Instant asOf : asOfs) {
            for (Window window : Window.values()) {
                List<RepProfile> expected = oracle.repProfiles(tenant, REPS, window, asOf);
                List<RepProfile> actual = queries.repProfiles(tenant, REPS, window, asOf);
                compared += assertSameProfiles(expected, actual, window + " at " + asOf);
                for (String team : TEAMS) {
                    compared += assertSameProfiles(
                            oracle.leaderboard(tenant, team, window, asOf),
                            queries.leaderboard(tenant, team, window, asOf),
                            team + " " + window + " at " + asOf);
                }
            }
        }
        // the comparisons were about something: most profiles had entries
        assertTrue(compared > 200, "profiles with entries compared: " + compared);
    }

    /**
     * @return the number of compared profiles with entries
     */
    static int assertSameProfiles(List<RepProfile> expected, List<RepProfile> actual, String what) {
        assertEquals(
                expected.stream().map(p -> p.rep().id()).toList(),
                actual.stream().map(p -> p.rep().id()).toList(),
                what + ": reps in order");
        int withEntries = 0;
        for (int i = 0; i < expected.size(); i++) {
            RepProfile e = expected.get(i);
            RepProfile a = actual.get(i);
            String at = what + ", " + e.rep().id();
            assertEquals(e.rep(), a.rep(), at);
            assertEquals(e.window(), a.window(), at);
            assertEquals(e.asOf(), a.asOf(), at);
            assertEquals(e.entries(), a.entries(), at + " entries");
            assertClose(e.ownershipIndex(), a.ownershipIndex(), at + " ownership index");
            assertClose(e.winRate(), a.winRate(), at + " win rate");
            assertEquals(e.trend().size(), a.trend().size(), at + " trend points");
            for (int w = 0; w < e.trend().size(); w++) {
                TrendPoint et = e.trend().get(w);
                TrendPoint of = a.trend().get(w);
                assertEquals(et.periodStart(), of.periodStart(), at + " trend week");
                assertEquals(et.entries(), of.entries(), at + " trend entries " + et.periodStart());
                assertClose(
                        et.ownershipIndex(),
                        of.ownershipIndex(),
                        at + " trend index " + et.periodStart());
            }
            for (int s = 0; s < e.stanceMix().size(); s++) {
                StanceShare es = e.stanceMix().get(s);
                StanceShare as = a.stanceMix().get(s);
                assertEquals(es.stance(), as.stance(), at);
                assertEquals(es.count(), as.count(), at + " " + es.stance());
                assertClose(es.share(), as.share(), at + " " + es.stance() + " share");
            }
            for (int t = 0; t < e.blameProfile().size(); t++) {
                TargetShare et = e.blameProfile().get(t);
                TargetShare as = a.blameProfile().get(t);
                assertEquals(et.target(), as.target(), at);
                assertEquals(et.count(), as.count(), at + " " + et.target());
                assertClose(et.share(), as.share(), at + " " + et.target() + " share");
            }
            ArchetypeRange er = e.archetypeRange();
            ArchetypeRange ar = a.archetypeRange();
            assertEquals(er.archetypesWon(), ar.archetypesWon(), at + " archetypes won");
            assertEquals(er.winsByArchetype(), ar.winsByArchetype(), at + " wins by archetype");
            assertClose(er.coverage(), ar.coverage(), at + " coverage");
            assertClose(er.evenness(), ar.evenness(), at + " evenness");
            assertClose(
                    e.persistence().encountersPerCustomer(),
                    a.persistence().encountersPerCustomer(),
                    at + " encounters per customer");
            assertClose(
                    e.persistence().abandonmentRate(),
                    a.persistence().abandonmentRate(),
                    at + " abandonment");
            if (e.entries() > 0) {
                withEntries++;
            }
        }
        return withEntries;
    }

    private static void assertClose(Double expected, Double actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(expected, actual, EPS * Math.max(1, Math.abs(expected)), what);
        }
    }
}
