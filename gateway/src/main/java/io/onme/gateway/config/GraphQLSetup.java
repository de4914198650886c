package io.onme.gateway.config;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.onme.gateway.error.ErrorShaping;
import io.onme.gateway.error.RequestLimits;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;

/**
 * Completes SmallRye GraphQL's graphql-java engine with the gateway's limits and error shaping. The engine's
 * instrumentation is replaced as a whole, so the query cache (document cache and its validation hook) is set
 * up here again, next to the depth and complexity limits; {@link PlainFieldFetching} reads plain model properties
 * without SmallRye's per-field context.
 *
 * <p>A SmallRye GraphQL {@link EventingService} (registered in META-INF/services) rather than a CDI observer of
 * {@code GraphQL.Builder}: observing it needs {@code quarkus.smallrye-graphql.events.enabled}, which also fires CDI
 * events around every field of every request (~2.6 % of the gateway's CPU under load). SmallRye creates this class
 * with {@link java.util.ServiceLoader}, so it reads {@link GatewayConfig} from the configuration, not by injection.
 */
public class GraphQLSetup implements EventingService {

    /** No configuration key: always on. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GatewayConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(GatewayConfig.class);
        QueryCache queryCache = new QueryCache();
        return builder
                .preparsedDocumentProvider(queryCache)
                .instrumentation(new ChainedInstrumentation(List.of(
                        queryCache,
                        new MaxQueryDepthInstrumentation(config.maxDepth()),
                        new MaxQueryComplexityInstrumentation(config.maxComplexity()),
                        new RequestLimits(config.maxAliases()),
                        new ErrorShaping(),
                        new PlainFieldFetching())));
    }
}
