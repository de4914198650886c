package io.onme.gateway.error;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * The limits a query must keep before anything is fetched for it: selection depth and complexity
 * (graphql-java's measures and messages, as its {@code MaxQueryDepthInstrumentation} and {@code
 * MaxQueryComplexityInstrumentation} compute them) and aliased fields (each multiplies backend
 * work). A refusal aborts the operation; the client sees it as {@code BAD_USER_INPUT}.
 *
 * <p>
 * A document that passed is not measured again: SmallRye's query cache hands graphql-java the
 * same parsed {@link Document} for the same query text, and without {@code @skip} or
 * {@code @include} nothing in these measures depends on the variables. Passed documents are held
 * weakly, so they leave with the query cache's.
 */
public class RequestLimits {

    private final int maxDepth;
    private final int maxComplexity;
    private final int maxAliases;

    /**
     * Per document that passed: its operations that passed (by name, "" for the only anonymous
     * one).
     */
    private final Map<Document, Set<String>> passed = Collections.synchronizedMap(new WeakHashMap<>());

    public RequestLimits(int maxDepth, int maxComplexity, int maxAliases) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.maxAliases = maxAliases;
    }

    /** Throws {@link AbortExecutionException} when the operation about to run breaks a limit. */
    public void check(ExecutionContext context) {
        Document document = context.getDocument();
        String operation = Objects.requireNonNullElse(context.getExecutionInput().getOperationName(), "");
        Set<String> operations = passed.get(document);
        if (operations != null && operations.contains(operation)) {
            return;
        }
        measure(context);
        if (!dependsOnVariables(document)) {
            passed.computeIfAbsent(document, first -> Collections.synchronizedSet(new HashSet<>()))
                    .add(operation);
        }
    }

    private void measure(ExecutionContext context) {
        int depth = QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .reducePreOrder((field, deepest) -> Math.max(depthOf(field), deepest), 0);
        if (depth > maxDepth) {
            throw new AbortExecutionException(
                    "maximum query depth exceeded " + depth + " > " + maxDepth);
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

    /**
     * Whether {@code @skip} or {@code @include} may leave fields out, depending on the variables.
     */
    static boolean dependsOnVariables(Document document) {
        AtomicInteger conditions = new AtomicInteger();
        new NodeTraverser()
                .preOrder(
                        new NodeVisitorStub() {
                            // graphql-java's NodeVisitor takes a TraverserContext<Node> of the raw
                            // Node: the override must too
                            @SuppressWarnings("rawtypes")
                            @Override
                            public TraversalControl visitDirective(
                                    Directive node, TraverserContext<Node> context) {
                                if (node.getName().equals("skip")
                                        || node.getName().equals("include")) {
                                    conditions.incrementAndGet();
                                }
                                return TraversalControl.CONTINUE;
                            }
                        },
                        document);
        return conditions.get() > 0;
    }

    /** graphql-java's depth: a top-level field is at depth 1, its sub-fields at 2, and so on. */
    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int length = 1;
        for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null; parent = parent
                .getParentEnvironment()) {
            length++;
        }
        return length;
    }

    private static int countAliases(Node<?> document) {
        AtomicInteger count = new AtomicInteger();
        new NodeTraverser()
                .preOrder(
                        new NodeVisitorStub() {
                            // graphql-java's NodeVisitor takes a TraverserContext<Node> of the raw
                            // Node: the override must too
                            @SuppressWarnings("rawtypes")
                            @Override
                            public TraversalControl visitField(
                                    Field node, TraverserContext<Node> context) {
                                if (node.getAlias() != null) {
                                    count.incrementAndGet();
                                }
                                return TraversalControl.CONTINUE;
                            }
                        },
                        document);
        return count.get();
    }
}
