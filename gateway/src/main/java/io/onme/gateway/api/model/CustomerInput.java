package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Id;

/** An existing customer by id, or a new (or same-named) one by name. */
@org.eclipse.microprofile.graphql.Input("CustomerInput")
public record CustomerInput(@Id String id, String name) {
}
