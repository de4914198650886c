package io.onme.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.execution.preparsed.NoOpPreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import io.onme.gateway.error.RequestLimits;

/**
 * The engine extends what SmallRye set up, never replaces it: SmallRye's document provider (its
 * query cache) and its instrumentation (which fills that cache on validation) keep working, the
 * gateway's instrumentation runs after it; and it answers introspection only where the
 * configuration allows it.
 */
class GraphQLSetupTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator()
            .makeExecutableSchema(
                    new SchemaParser().parse("type Query { hello: String }"),
                    RuntimeWiring.newRuntimeWiring()
                            .type(
                                    "Query",
                                    type -> type.dataFetcher("hello", env -> "world"))
                            .build());

    private static final String INTROSPECTION = "{ __schema { queryType { name } } }";

    /** Stands for SmallRye's instrumentation: counts the validations it sees. */
    private static final class SmallRyesInstrumentation extends SimplePerformantInstrumentation {

        final AtomicInteger validations = new AtomicInteger();

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(
                InstrumentationValidationParameters parameters, InstrumentationState state) {
            validations.incrementAndGet();
            return null;
        }
    }

    @Test
    void keepsSmallRyesDocumentProviderAndInstrumentationAndAddsTheGateways() {
        SmallRyesInstrumentation theirs = new SmallRyesInstrumentation();
        NoOpPreparsedDocumentProvider documents = new NoOpPreparsedDocumentProvider();
        GraphQL engine = GraphQLSetup.complete(
                GraphQL.newGraphQL(SCHEMA)
                        .preparsedDocumentProvider(documents)
                        .instrumentation(theirs),
                new RequestLimits(5, 50, 5),
                true)
                .build();
        assertSame(documents, engine.getPreparsedDocumentProvider());
        assertEquals(Map.of("hello", "world"), engine.execute("{ hello }").getData());
        assertEquals(1, theirs.validations.get(), "SmallRye's instrumentation still runs");
    }

    @Test
    void introspectionSwitchedOffIsRefusedAsForbiddenWhileTypenameStays() {
        GraphQL engine = engine(false);
        ExecutionResult refused = engine.execute(INTROSPECTION);
        assertNull(refused.getData());
        assertEquals(1, refused.getErrors().size());
        assertEquals("FORBIDDEN", refused.getErrors().get(0).getExtensions().get("code"));
        assertEquals(
                Map.of("__typename", "Query", "hello", "world"),
                engine.execute("{ __typename hello }").getData());
    }

    @Test
    void introspectionSwitchedOnIsAnswered() {
        ExecutionResult answered = engine(true).execute(INTROSPECTION);
        assertTrue(answered.getErrors().isEmpty(), () -> answered.getErrors().toString());
        assertEquals(
                Map.of("__schema", Map.of("queryType", Map.of("name", "Query"))),
                answered.getData());
    }

    private static GraphQL engine(boolean introspection) {
        return GraphQLSetup.complete(
                GraphQL.newGraphQL(SCHEMA), new RequestLimits(5, 50, 5), introspection)
                .build();
    }
}
