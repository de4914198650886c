package io.onme.journal.api;

import java.time.Instant;

public record CustomerView(String id, String name, Instant createdAt) {}
