package io.onme.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.onme.gateway.error.RequestLimits;
import io.smallrye.graphql.execution.QueryCache;

/**
 * The engine keeps SmallRye's own query cache, the one SmallRye also reads before each execution, so a document
 * is parsed and validated once, not on every request; and its instrumentation is the gateway's single one.
 */
class GraphQLSetupTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { hello: String }"),
            RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("hello", env -> "world")).build());

    @Test
    void keepsSmallRyesQueryCacheAndInstallsOneInstrumentation() {
        QueryCache smallRyes = new QueryCache();
        GraphQL engine = GraphQLSetup.complete(GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(smallRyes),
                new RequestLimits(5, 50, 5)).build();
        assertSame(smallRyes, engine.getPreparsedDocumentProvider());
        assertInstanceOf(GatewayInstrumentation.class, engine.getInstrumentation());
        assertEquals(Map.of("hello", "world"), engine.execute("{ hello }").getData());
    }

    @Test
    void failsLoudlyWhenSmallRyeNoLongerSetsUpItsCache() {
        assertThrows(IllegalStateException.class,
                () -> GraphQLSetup.complete(GraphQL.newGraphQL(SCHEMA), new RequestLimits(5, 50, 5)));
    }
}
