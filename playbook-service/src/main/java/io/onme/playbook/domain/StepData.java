package io.onme.playbook.domain;

/** One step of a playbook; its position is its index in the playbook's list of steps. */
public record StepData(String title, String detail) {
}
