package io.onme.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
public record NoteRequest(String text) {
}
