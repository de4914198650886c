package io.onme.gateway.engine;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/**
 * SmallRye's schema with graphql-java's default field visibility. SmallRye turns every {@code
 * field-visibility} setting other than {@code no-introspection}, its own default {@code default}
 * included, into a {@code BlockedFields} list, and {@code no-introspection} is one too: for every
 * field of every request it builds {@code "Type.field"} and runs a regular expression on it (12 %
 * of the gateway's allocation on the dashboard). The gateway hides no field; introspection is
 * switched off per request instead ({@link GatewayInstrumentation}). Only graphql-java's public
 * schema API is used; the types and SmallRye's data fetchers are untouched, so the served SDL and
 * the values are SmallRye's.
 */
final class GatewayWiring {

    private GatewayWiring() {
    }

    static GraphQLSchema of(GraphQLSchema smallRyes) {
        return smallRyes.transformWithoutTypes(
                schema -> schema.codeRegistry(
                        smallRyes
                                .getCodeRegistry()
                                .transform(
                                        registry -> registry.fieldVisibility(
                                                DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY))));
    }
}
