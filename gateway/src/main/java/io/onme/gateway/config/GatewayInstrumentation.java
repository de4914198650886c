package io.onme.gateway.config;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.introspection.Introspection;
import graphql.validation.ValidationError;
import io.onme.gateway.error.ErrorShaping;
import io.onme.gateway.error.InputText;
import io.onme.gateway.error.InputValues;
import io.onme.gateway.error.RequestLimits;
import io.smallrye.graphql.execution.QueryCache;

/**
 * The gateway's one graphql-java instrumentation, in place of a {@code ChainedInstrumentation} of its parts.
 * graphql-java calls an instrumentation for every field at several points (about 2 000 calls for a 20-encounter
 * dashboard); a chain hands each call to every member and allocates for it. Here the per-field hooks stay
 * graphql-java's no-ops (the fields' fetchers are wired once, by {@link GatewayWiring}) and each hook the gateway
 * needs goes straight to its part:
 * <ul>
 * <li>each request: introspection switched off where the configuration says so (graphql-java then answers
 * {@code __schema} and {@code __type} with an error; {@code __typename} stays); variables and operation name
 * checked by {@link InputText};</li>
 * <li>validation: SmallRye's {@link QueryCache} keeps a document once it has been validated;</li>
 * <li>before the operation runs: the document's string literals ({@link InputText}), the variables' and literals'
 * values against their types ({@link InputValues}), {@link RequestLimits} (depth, complexity, aliases);</li>
 * <li>the result: {@link ErrorShaping}.</li>
 * </ul>
 */
final class GatewayInstrumentation extends SimplePerformantInstrumentation {

    private final QueryCache queryCache;
    private final RequestLimits limits;
    private final boolean introspection;
    private final ErrorShaping errorShaping;
    private final InputText inputText = new InputText();
    private final InputValues inputValues = new InputValues();

    GatewayInstrumentation(QueryCache queryCache, RequestLimits limits, boolean introspection,
            ErrorShaping errorShaping) {
        this.queryCache = queryCache;
        this.limits = limits;
        this.introspection = introspection;
        this.errorShaping = errorShaping;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (!introspection) {
            parameters.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, true);
        }
        // an AbortExecutionException thrown here is graphql-java's to answer (with the result shaped below)
        inputText.check(parameters.getExecutionInput());
        return null;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return queryCache.beginValidation(parameters, state);
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
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return CompletableFuture.completedFuture(errorShaping.shaped(result));
    }
}
