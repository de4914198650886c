package io.onme.journal.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.onme.journal.domain.EncounterRules;

/**
 * Applies {@link EncounterRules} to a {@link LogEncounterRequest}, one violation per broken rule.
 */
public class EncounterRulesValidator
        implements ConstraintValidator<EncounterRulesHold, LogEncounterRequest> {

    @Override
    public boolean isValid(LogEncounterRequest input, ConstraintValidatorContext context) {
        if (input == null) {
            return true;
        }
        Instant now = Instant.now();
        List<EncounterRules.Violation> violations = new ArrayList<>();
        EncounterRules.checkOccurredAt(input.occurredAt(), now, violations);
        EncounterRules.checkFollowUp(input.followUpAt(), input.occurredAt(), now, violations);
        if (input.dealValue() != null
                && input.dealValue().currency() != null
                && input.dealValue().currency().matches("[A-Z]{3}")) {
            // the amount's sign and the code's shape are field constraints; here: is it a real
            // currency
            EncounterRules.checkMoney(null, input.dealValue().currency(), violations);
        }
        if (input.customer() != null
                && isBlank(input.customer().id())
                && isBlank(input.customer().name())) {
            violations.add(new EncounterRules.Violation("customer", "needs an id or a name"));
        }
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (EncounterRules.Violation violation : violations) {
            String[] path = violation.field().split("\\.");
            var builder = context.buildConstraintViolationWithTemplate(violation.message())
                    .addPropertyNode(path[0]);
            for (int i = 1; i < path.length; i++) {
                builder = builder.addPropertyNode(path[i]);
            }
            builder.addConstraintViolation();
        }
        return false;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
