package io.onme.journal.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The cross-field rules of {@link io.onme.journal.domain.EncounterRules} as a bean constraint, so
 * they are reported together with the field constraints in one 400.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EncounterRulesValidator.class)
public @interface EncounterRulesHold {

    String message() default "breaks an encounter rule";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
