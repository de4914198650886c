package io.onme.gateway.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * {@link RequestLimits} measures depth and complexity as graphql-java's own limit instrumentations
 * do (it replaced them to keep the gateway's instrumentation flat): each document below is refused
 * by one exactly when it is refused by the other, with the same message, at and just past each
 * limit; and that stays so when the same parsed document comes again (the gateway's query cache
 * hands it back), with variables that change its shape.
 */
class RequestLimitsTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator()
            .makeExecutableSchema(
                    new SchemaParser()
                            .parse(
                                    """
                                            type Query { node(id: ID): Node }
                                            type Node { id: ID name: String child: Node children: [Node] }
                                            """),
                    RuntimeWiring.newRuntimeWiring().build());

    private static final int MAX_DEPTH = 4;
    private static final int MAX_COMPLEXITY = 6;
    private static final int MAX_ALIASES = 2;

    private static final List<String> DOCUMENTS = List.of(
            "{ node { id } }",
            "{ node { child { child { id } } } }", // depth 4
            "{ node { child { child { child { id } } } } }", // depth 5
            "{ node { id name child { id name } } }", // complexity 6
            "{ node { id name child { id name children { id } } } }", // complexity 8, depth
            // 4
            "{ node { ...f } } fragment f on Node { id child { id child { id child { id } } } }",
            "query($deep: Boolean!) { node { child { child { child @include(if: $deep) { id } } } } }",
            "{ a: node { id } b: node { id } }",
            "{ a: node { id } b: node { id } c: node { id } }");

    @Test
    void refusesWhatGraphqlJavasLimitsRefuseWithTheSameMessages() {
        GraphQL reference = GraphQL.newGraphQL(SCHEMA)
                .instrumentation(
                        new ChainedInstrumentation(
                                new MaxQueryDepthInstrumentation(MAX_DEPTH),
                                new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY)))
                .build();
        Map<String, PreparsedDocumentEntry> parsed = new ConcurrentHashMap<>();
        GraphQL gateway = GraphQL.newGraphQL(SCHEMA)
                .instrumentation(limits())
                .preparsedDocumentProvider(
                        (input, parse) -> CompletableFuture.completedFuture(
                                parsed.computeIfAbsent(
                                        input.getQuery(),
                                        query -> parse.apply(input))))
                .build();
        int refused = 0;
        for (String document : DOCUMENTS) {
            for (boolean deep : List.of(false, true, false, true)) {
                ExecutionInput input = ExecutionInput.newExecutionInput(document)
                        .variables(Map.of("deep", deep))
                        .build();
                List<String> expected = messages(reference.execute(input));
                List<String> actual = messages(gateway.execute(input)).stream()
                        .filter(message -> !message.startsWith("Too many aliases"))
                        .toList();
                assertEquals(expected, actual, document + " with $deep = " + deep);
                refused += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(refused >= 12, "the documents must reach past both limits, refused: " + refused);
    }

    @Test
    void countsEachAliasOnceAcrossTheDocument() {
        GraphQL gateway = GraphQL.newGraphQL(SCHEMA).instrumentation(limits()).build();
        assertEquals(List.of(), messages(gateway.execute("{ a: node { id } b: node { id } }")));
        assertEquals(
                List.of("Too many aliases: 4 (at most 2 per request)"),
                messages(gateway.execute("{ a: node { id } b: node { id } c: node { x: id } }"))
                        .stream()
                        .filter(message -> message.startsWith("Too many"))
                        .toList());
    }

    private static Instrumentation limits() {
        RequestLimits limits = new RequestLimits(MAX_DEPTH, MAX_COMPLEXITY, MAX_ALIASES);
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters,
                    InstrumentationState state) {
                limits.check(parameters.getExecutionContext());
                return null;
            }
        };
    }

    private static List<String> messages(ExecutionResult result) {
        return result.getErrors().stream().map(error -> error.getMessage()).toList();
    }
}
