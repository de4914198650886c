package io.onme.journal.service;

import java.time.Instant;

public record CustomerView(String id, String name, Instant createdAt) {
}
