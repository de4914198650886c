package io.onme.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.onme.gateway.api.model.Money;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;

/**
 * The code registry the gateway runs SmallRye's schema with: plain properties by their getter, everything else
 * still by SmallRye's fetcher, and no per-field visibility filter.
 */
class GatewayWiringTest {

    /** Stands for SmallRye's property fetcher: it answers with its own mark instead of reading the property. */
    private static final class SmallRyesFetcher extends FieldDataFetcher<Object> {

        SmallRyesFetcher() {
            super(new Field(), null, new Reference());
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            return "from SmallRye";
        }
    }

    private static final DataFetcher<?> HELLO = env -> "world";

    private static GraphQLSchema smallRyesSchema() {
        return new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { price: Money hello: String } "
                        + "type Money { amount: String currency: String }"),
                RuntimeWiring.newRuntimeWiring()
                        .type("Query", type -> type
                                .dataFetcher("price", env -> new Money(new BigDecimal("12.50"), "ILS"))
                                .dataFetcher("hello", HELLO))
                        .type("Money", type -> type
                                .dataFetcher("amount", new SmallRyesFetcher())
                                .dataFetcher("currency", new SmallRyesFetcher()))
                        .fieldVisibility(BlockedFields.newBlock().addPattern("default").build())
                        .build());
    }

    @Test
    void plainPropertiesAreReadByTheirGetterAndTheRestBySmallRye() {
        GraphQLSchema wired = GatewayWiring.of(smallRyesSchema());
        ExecutionResult result = GraphQL.newGraphQL(wired).build().execute("{ price { amount currency } hello }");
        assertTrue(result.getErrors().isEmpty(), () -> result.getErrors().toString());
        // currency is a plain string getter; amount is a BigDecimal, which SmallRye may format
        assertEquals(Map.of("price", Map.of("amount", "from SmallRye", "currency", "ILS"), "hello", "world"),
                result.getData());
    }

    @Test
    void onlySmallRyesPropertyFetchersAreReplaced() {
        GraphQLSchema wired = GatewayWiring.of(smallRyesSchema());
        var registry = wired.getCodeRegistry();
        var currency = FieldCoordinates.coordinates("Money", "currency");
        assertInstanceOf(PlainFieldFetching.GetterFirst.class,
                registry.getDataFetcher(currency, wired.getObjectType("Money").getFieldDefinition("currency")));
        var hello = FieldCoordinates.coordinates("Query", "hello");
        assertSame(HELLO, registry.getDataFetcher(hello, wired.getQueryType().getFieldDefinition("hello")));
    }

    @Test
    void noFieldIsFilteredPerRequest() {
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY,
                GatewayWiring.of(smallRyesSchema()).getCodeRegistry().getFieldVisibility());
    }
}
