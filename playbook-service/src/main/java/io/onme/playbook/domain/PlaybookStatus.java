package io.onme.playbook.domain;

public enum PlaybookStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
