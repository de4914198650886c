package io.onme.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.onme.gateway.error.RequestLimits;
import io.smallrye.graphql.execution.QueryCache;

/**
 * The engine keeps SmallRye's own query cache, the one SmallRye also reads before each execution, so a document
 * is parsed and validated once, not on every request; its instrumentation is the gateway's single one; and it
 * answers introspection only where the configuration allows it.
 */
class GraphQLSetupTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { hello: String }"),
            RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("hello", env -> "world")).build());

    private static final String INTROSPECTION = "{ __schema { queryType { name } } }";

    @Test
    void keepsSmallRyesQueryCacheAndInstallsOneInstrumentation() {
        QueryCache smallRyes = new QueryCache();
        GraphQL engine = engine(smallRyes, true);
        assertSame(smallRyes, engine.getPreparsedDocumentProvider());
        assertInstanceOf(GatewayInstrumentation.class, engine.getInstrumentation());
        assertEquals(Map.of("hello", "world"), engine.execute("{ hello }").getData());
    }

    @Test
    void failsLoudlyWhenSmallRyeNoLongerSetsUpItsCache() {
        assertThrows(IllegalStateException.class,
                () -> GraphQLSetup.complete(GraphQL.newGraphQL(SCHEMA), new RequestLimits(5, 50, 5), true));
    }

    @Test
    void introspectionSwitchedOffIsRefusedAsForbiddenWhileTypenameStays() {
        GraphQL engine = engine(new QueryCache(), false);
        ExecutionResult refused = engine.execute(INTROSPECTION);
        assertNull(refused.getData());
        assertEquals(1, refused.getErrors().size());
        assertEquals("FORBIDDEN", refused.getErrors().get(0).getExtensions().get("code"));
        assertEquals(Map.of("__typename", "Query", "hello", "world"),
                engine.execute("{ __typename hello }").getData());
    }

    @Test
    void introspectionSwitchedOnIsAnswered() {
        ExecutionResult answered = engine(new QueryCache(), true).execute(INTROSPECTION);
        assertTrue(answered.getErrors().isEmpty(), () -> answered.getErrors().toString());
        assertEquals(Map.of("__schema", Map.of("queryType", Map.of("name", "Query"))), answered.getData());
    }

    private static GraphQL engine(QueryCache queryCache, boolean introspection) {
        return GraphQLSetup.complete(GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(queryCache),
                new RequestLimits(5, 50, 5), introspection).build();
    }
}
