package io.onme.gateway.config;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.onme.gateway.error.ErrorShaping;
import io.onme.gateway.error.RequestLimits;
import io.smallrye.graphql.execution.QueryCache;

/**
 * Completes SmallRye GraphQL's graphql-java engine with the gateway's limits and error shaping. The engine's
 * instrumentation is replaced as a whole, so the query cache (document cache and its validation hook) is set
 * up here again, next to the depth and complexity limits.
 */
@ApplicationScoped
public class GraphQLSetup {

    @Inject
    GatewayConfig config;

    void customise(@Observes GraphQL.Builder builder) {
        QueryCache queryCache = new QueryCache();
        builder
                .preparsedDocumentProvider(queryCache)
                .instrumentation(new ChainedInstrumentation(List.of(
                        queryCache,
                        new MaxQueryDepthInstrumentation(config.maxDepth()),
                        new MaxQueryComplexityInstrumentation(config.maxComplexity()),
                        new RequestLimits(config.maxAliases()),
                        new ErrorShaping())));
    }
}
