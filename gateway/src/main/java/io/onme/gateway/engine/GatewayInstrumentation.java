package io.onme.gateway.engine;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.Introspection;
import io.onme.gateway.error.ErrorShaping;
import io.onme.gateway.error.InputText;
import io.onme.gateway.error.InputValues;
import io.onme.gateway.error.RequestLimits;

/**
 * The gateway's graphql-java instrumentation, chained after SmallRye's own ({@link GraphQLSetup}),
 * which it extends and never replaces. One instrumentation for the gateway's parts rather than a
 * chain of them: graphql-java calls an instrumentation for every field at several points (about 2
 * 000 calls for a 20-encounter dashboard), and here the per-field hooks stay graphql-java's no-ops.
 * Each hook the gateway needs goes straight to its part:
 *
 * <ul>
 * <li>each request: introspection switched off where the configuration says so (graphql-java then
 * answers {@code __schema} and {@code __type} with an error; {@code __typename} stays);
 * variables and operation name checked by {@link InputText};
 * <li>before the operation runs: the document's string literals ({@link InputText}), the
 * variables' and literals' values against their types ({@link InputValues}), {@link
 * RequestLimits} (depth, complexity, aliases);
 * <li>the result: {@link ErrorShaping}.
 * </ul>
 */
final class GatewayInstrumentation extends SimplePerformantInstrumentation {

    private final RequestLimits limits;
    private final boolean introspection;
    private final ErrorShaping errorShaping;
    private final InputText inputText = new InputText();
    private final InputValues inputValues = new InputValues();

    GatewayInstrumentation(RequestLimits limits, boolean introspection, ErrorShaping errorShaping) {
        this.limits = limits;
        this.introspection = introspection;
        this.errorShaping = errorShaping;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!introspection) {
            parameters.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, true);
        }
        // an AbortExecutionException thrown here is graphql-java's to answer (with the result
        // shaped below)
        inputText.check(parameters.getExecutionInput());
        return null;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        inputText.check(parameters.getExecutionContext().getDocument());
        inputValues.check(parameters.getExecutionContext());
        limits.check(parameters.getExecutionContext());
        return null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result,
            InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return CompletableFuture.completedFuture(errorShaping.shaped(result));
    }
}
