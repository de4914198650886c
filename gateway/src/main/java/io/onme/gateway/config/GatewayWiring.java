package io.onme.gateway.config;

import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/**
 * SmallRye's schema with the gateway's code registry, decided once when the engine is built instead of for every
 * field of every request:
 * <ul>
 * <li>plain model properties are read by their getter ({@link PlainFieldFetching});</li>
 * <li>SmallRye's resolvers run without their selection ({@link ResolversWithoutSelection});</li>
 * <li>graphql-java's default field visibility. SmallRye turns every {@code field-visibility} setting other than
 * {@code no-introspection}, its own default {@code default} included, into a {@code BlockedFields} list, and
 * {@code no-introspection} is one too: for every field of every request it builds {@code "Type.field"} and runs a
 * regular expression on it (12 % of the gateway's allocation on the dashboard). The gateway hides no field;
 * introspection is switched off per request instead ({@link GatewayInstrumentation}).</li>
 * </ul>
 * The types are untouched, so the served SDL is the same.
 */
final class GatewayWiring {

    private GatewayWiring() {
    }

    static GraphQLSchema of(GraphQLSchema smallRyes) {
        GraphQLCodeRegistry registry = smallRyes.getCodeRegistry();
        GraphQLCodeRegistry wired = registry.transform(builder -> {
            builder.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            for (GraphQLNamedType type : smallRyes.getAllTypesAsList()) {
                if (!(type instanceof GraphQLObjectType object) || Introspection.isIntrospectionTypes(type)) {
                    continue;
                }
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    if (!registry.hasDataFetcher(coordinates)) {
                        continue;
                    }
                    DataFetcher<?> original = registry.getDataFetcher(coordinates, field);
                    DataFetcher<?> gateways = ResolversWithoutSelection
                            .of(PlainFieldFetching.of(original, field.getName()));
                    if (gateways != original) {
                        builder.dataFetcher(coordinates, gateways);
                    }
                }
            }
        });
        return smallRyes.transformWithoutTypes(schema -> schema.codeRegistry(wired));
    }
}
