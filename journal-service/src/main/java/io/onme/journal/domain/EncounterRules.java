package io.onme.journal.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Rules on encounter values that a single field annotation cannot express. */
public final class EncounterRules {

    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Duration MAX_AHEAD_OCCURRED = Duration.ofDays(1);
    public static final Duration MAX_AHEAD_FOLLOW_UP = Duration.ofDays(5 * 366);

    private EncounterRules() {
    }

    /** A rule broken by one field. */
    public record Violation(String field, String message) {
    }

    public static void checkOccurredAt(Instant occurredAt, Instant now, List<Violation> out) {
        if (occurredAt == null) {
            return;
        }
        if (occurredAt.isBefore(EARLIEST)) {
            out.add(new Violation("occurredAt", "must not be before 2000-01-01"));
        } else if (occurredAt.isAfter(now.plus(MAX_AHEAD_OCCURRED))) {
            out.add(new Violation("occurredAt", "must not be more than a day in the future"));
        }
    }

    public static void checkFollowUp(
            Instant followUpAt, Instant occurredAt, Instant now, List<Violation> out) {
        if (followUpAt == null) {
            return;
        }
        if (occurredAt != null && !followUpAt.isAfter(occurredAt)) {
            out.add(new Violation("followUpAt", "must be after occurredAt"));
        } else if (followUpAt.isBefore(EARLIEST)) {
            out.add(new Violation("followUpAt", "must not be before 2000-01-01"));
        } else if (followUpAt.isAfter(now.plus(MAX_AHEAD_FOLLOW_UP))) {
            out.add(new Violation("followUpAt", "must not be more than five years ahead"));
        }
    }

    /** Amount ≥ 0 and a currency code that ISO 4217 really defines. */
    public static void checkMoney(BigDecimal amount, String currency, List<Violation> out) {
        if (amount != null && amount.signum() < 0) {
            out.add(new Violation("dealValue.amount", "must not be negative"));
        }
        if (currency != null && !isCurrency(currency)) {
            out.add(new Violation("dealValue.currency", "is not an ISO-4217 currency code"));
        }
    }

    static boolean isCurrency(String code) {
        if (code.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
