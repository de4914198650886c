package io.onme.gateway.error;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * The limits a query must keep before anything is fetched for it: selection depth and complexity (graphql-java's
 * measures and messages, as its {@code MaxQueryDepthInstrumentation} and {@code MaxQueryComplexityInstrumentation}
 * compute them) and aliased fields (each multiplies backend work). A refusal aborts the operation; the client sees
 * it as {@code BAD_USER_INPUT}.
 */
public class RequestLimits {

    private final int maxDepth;
    private final int maxComplexity;
    private final int maxAliases;

    public RequestLimits(int maxDepth, int maxComplexity, int maxAliases) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.maxAliases = maxAliases;
    }

    /** Throws {@link AbortExecutionException} when the operation about to run breaks a limit. */
    public void check(ExecutionContext context) {
        int depth = QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .reducePreOrder((field, deepest) -> Math.max(depthOf(field), deepest), 0);
        if (depth > maxDepth) {
            throw new AbortExecutionException("maximum query depth exceeded " + depth + " > " + maxDepth);
        }
        int complexity = QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator((field, children) -> 1 + children)
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .variables(context.getCoercedVariables())
                .build()
                .calculate();
        if (complexity > maxComplexity) {
            throw new AbortExecutionException(
                    "maximum query complexity exceeded " + complexity + " > " + maxComplexity);
        }
        int aliases = countAliases(context.getDocument());
        if (aliases > maxAliases) {
            throw new AbortExecutionException(
                    "Too many aliases: " + aliases + " (at most " + maxAliases + " per request)");
        }
    }

    /** graphql-java's depth: a top-level field is at depth 1, its sub-fields at 2, and so on. */
    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int length = 1;
        for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null;
                parent = parent.getParentEnvironment()) {
            length++;
        }
        return length;
    }

    private static int countAliases(Node<?> document) {
        AtomicInteger count = new AtomicInteger();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field node, TraverserContext<Node> context) {
                if (node.getAlias() != null) {
                    count.incrementAndGet();
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return count.get();
    }
}
