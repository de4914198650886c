package io.onme.journal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EncounterRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static List<String> fields(
            java.util.function.Consumer<List<EncounterRules.Violation>> rule) {
        List<EncounterRules.Violation> out = new ArrayList<>();
        rule.accept(out);
        return out.stream().map(EncounterRules.Violation::field).toList();
    }

    @Test
    void occurredAtBetween2000AndADayAhead() {
        assertEquals(
                List.of("occurredAt"),
                fields(
                        v -> EncounterRules.checkOccurredAt(
                                Instant.parse("1999-12-31T23:59:59Z"), NOW, v)));
        assertTrue(
                fields(v -> EncounterRules.checkOccurredAt(EncounterRules.EARLIEST, NOW, v))
                        .isEmpty());
        assertTrue(
                fields(v -> EncounterRules.checkOccurredAt(NOW.plus(Duration.ofDays(1)), NOW, v))
                        .isEmpty());
        assertEquals(
                List.of("occurredAt"),
                fields(
                        v -> EncounterRules.checkOccurredAt(
                                NOW.plus(Duration.ofDays(1)).plusMillis(1), NOW, v)));
    }

    @Test
    void followUpStrictlyAfterOccurredAtAndNotAbsurd() {
        assertEquals(
                List.of("followUpAt"), fields(v -> EncounterRules.checkFollowUp(NOW, NOW, NOW, v)));
        assertTrue(
                fields(v -> EncounterRules.checkFollowUp(NOW.plusSeconds(1), NOW, NOW, v))
                        .isEmpty());
        assertEquals(
                List.of("followUpAt"),
                fields(
                        v -> EncounterRules.checkFollowUp(
                                NOW.plus(Duration.ofDays(3000)), NOW, NOW, v)));
    }

    @Test
    void moneyNeedsARealCurrency() {
        assertTrue(fields(v -> EncounterRules.checkMoney(BigDecimal.ZERO, "ILS", v)).isEmpty());
        assertTrue(
                fields(v -> EncounterRules.checkMoney(new BigDecimal("10.50"), "JPY", v))
                        .isEmpty());
        assertEquals(
                List.of("dealValue.amount"),
                fields(v -> EncounterRules.checkMoney(new BigDecimal("-0.01"), "USD", v)));
        assertEquals(
                List.of("dealValue.currency"),
                fields(v -> EncounterRules.checkMoney(BigDecimal.ONE, "ABC", v)));
        assertEquals(
                List.of("dealValue.currency"),
                fields(v -> EncounterRules.checkMoney(BigDecimal.ONE, "usd", v)));
    }
}
