package io.onme.playbook.persistence;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One step as stored in the {@code steps} JSON column; its position is its index. */
@RegisterForReflection
public record StepData(String title, String detail) {}
