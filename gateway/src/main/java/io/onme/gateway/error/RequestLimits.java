package io.onme.gateway.error;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/** A refusal graphql-java's own depth and complexity limits do not cover: too many aliases (each multiplies backend work). */
public class RequestLimits extends SimplePerformantInstrumentation {

    private final int maxAliases;

    public RequestLimits(int maxAliases) {
        this.maxAliases = maxAliases;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        int aliases = countAliases(context.getDocument());
        if (aliases > maxAliases) {
            throw new AbortExecutionException(
                    "Too many aliases: " + aliases + " (at most " + maxAliases + " per request)");
        }
        return null;
    }

    private static int countAliases(Node<?> document) {
        AtomicInteger count = new AtomicInteger();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
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
