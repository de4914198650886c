package io.onme.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/**
 * The gateway runs SmallRye's schema with its fetchers as they are and no per-field visibility
 * filter.
 */
class GatewayWiringTest {

    private static final DataFetcher<?> HELLO = env -> "world";
    private static final DataFetcher<?> AMOUNT = env -> "12.50 as SmallRye formats it";

    private static GraphQLSchema smallRyesSchema() {
        return new SchemaGenerator()
                .makeExecutableSchema(
                        new SchemaParser()
                                .parse(
                                        "type Query { price: Money hello: String } "
                                                + "type Money { amount: String currency: String }"),
                        RuntimeWiring.newRuntimeWiring()
                                .type(
                                        "Query",
                                        type -> type.dataFetcher(
                                                "price",
                                                env -> Map.of("currency", "ILS"))
                                                .dataFetcher("hello", HELLO))
                                .type("Money", type -> type.dataFetcher("amount", AMOUNT))
                                .fieldVisibility(
                                        BlockedFields.newBlock().addPattern("default").build())
                                .build());
    }

    @Test
    void everyFetcherStaysSmallRyes() {
        GraphQLSchema wired = GatewayWiring.of(smallRyesSchema());
        var registry = wired.getCodeRegistry();
        assertSame(
                HELLO,
                registry.getDataFetcher(
                        FieldCoordinates.coordinates("Query", "hello"),
                        wired.getQueryType().getFieldDefinition("hello")));
        assertSame(
                AMOUNT,
                registry.getDataFetcher(
                        FieldCoordinates.coordinates("Money", "amount"),
                        wired.getObjectType("Money").getFieldDefinition("amount")));
        ExecutionResult result = GraphQL.newGraphQL(wired).build().execute("{ price { amount currency } hello }");
        assertTrue(result.getErrors().isEmpty(), () -> result.getErrors().toString());
        assertEquals(
                Map.of(
                        "price",
                        Map.of("amount", "12.50 as SmallRye formats it", "currency", "ILS"),
                        "hello",
                        "world"),
                result.getData());
    }

    @Test
    void noFieldIsFilteredPerRequest() {
        assertSame(
                DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY,
                GatewayWiring.of(smallRyesSchema()).getCodeRegistry().getFieldVisibility());
    }
}
