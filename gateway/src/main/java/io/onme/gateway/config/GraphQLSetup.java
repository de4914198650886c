package io.onme.gateway.config;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.onme.gateway.error.ErrorShaping;
import io.onme.gateway.error.RequestLimits;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;

/**
 * Completes SmallRye GraphQL's graphql-java engine: the gateway's field fetching and visibility in the schema's
 * code registry ({@link GatewayWiring}), and its limits, introspection switch and error shaping in one
 * {@link GatewayInstrumentation}. Setting an instrumentation replaces SmallRye's, whose one part the
 * gateway keeps is its query cache: SmallRye's own instance, taken from the builder as SmallRye configured it.
 * It has to be that instance, because SmallRye also looks every request's document up in it before execution
 * (to learn the operation type); a second cache left SmallRye's empty, and every request was parsed twice.
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
        return complete(builder, new RequestLimits(config.maxDepth(), config.maxComplexity(), config.maxAliases()),
                config.introspection());
    }

    /**
     * The builder SmallRye prepared, with the gateway's wiring of its schema and the gateway's instrumentation
     * around SmallRye's own query cache.
     */
    static GraphQL.Builder complete(GraphQL.Builder builder, RequestLimits limits, boolean introspection) {
        // the builder has no getters: a throwaway engine shows what SmallRye set on it
        GraphQL smallRyes = builder.build();
        PreparsedDocumentProvider documents = smallRyes.getPreparsedDocumentProvider();
        if (!(documents instanceof QueryCache queryCache)) {
            throw new IllegalStateException("SmallRye GraphQL no longer sets up its QueryCache: " + documents);
        }
        return builder.schema(GatewayWiring.of(smallRyes.getGraphQLSchema()))
                .instrumentation(new GatewayInstrumentation(queryCache, limits, introspection, new ErrorShaping()));
    }
}
