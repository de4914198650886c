package io.onme.gateway.config;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import io.onme.gateway.error.ErrorShaping;
import io.onme.gateway.error.RequestLimits;
import io.smallrye.graphql.execution.QueryCache;

/**
 * The gateway's one graphql-java instrumentation, in place of a {@code ChainedInstrumentation} of its parts.
 * graphql-java calls an instrumentation for every field at several points (about 2 000 calls for a 20-encounter
 * dashboard); a chain hands each call to every member and allocates for it, though per field only
 * {@link PlainFieldFetching} has anything to do. Here the per-field hooks stay graphql-java's no-ops and each
 * hook the gateway needs goes straight to its part:
 * <ul>
 * <li>validation: SmallRye's {@link QueryCache} keeps a document once it has been validated;</li>
 * <li>before the operation runs: {@link RequestLimits} (depth, complexity, aliases);</li>
 * <li>data fetchers: {@link PlainFieldFetching} for plain properties, {@link ResolversWithoutSelection} for
 * resolvers;</li>
 * <li>the result: {@link ErrorShaping}.</li>
 * </ul>
 */
final class GatewayInstrumentation extends SimplePerformantInstrumentation {

    private final QueryCache queryCache;
    private final RequestLimits limits;
    private final PlainFieldFetching fieldFetching;
    private final ResolversWithoutSelection resolvers = new ResolversWithoutSelection();
    private final ErrorShaping errorShaping;

    GatewayInstrumentation(QueryCache queryCache, RequestLimits limits, PlainFieldFetching fieldFetching,
            ErrorShaping errorShaping) {
        this.queryCache = queryCache;
        this.limits = limits;
        this.fieldFetching = fieldFetching;
        this.errorShaping = errorShaping;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return queryCache.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        limits.check(parameters.getExecutionContext());
        return null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return resolvers.of(fieldFetching.of(dataFetcher, parameters.getEnvironment()));
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return CompletableFuture.completedFuture(errorShaping.shaped(result));
    }
}
