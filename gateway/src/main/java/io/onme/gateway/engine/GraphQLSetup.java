package io.onme.gateway.engine;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.onme.gateway.config.GatewayConfig;
import io.onme.gateway.error.ErrorShaping;
import io.onme.gateway.error.RequestLimits;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;

/**
 * Completes SmallRye GraphQL's graphql-java engine through public extension points only: the
 * schema's field visibility ({@link GatewayWiring}), and the gateway's limits, introspection switch
 * and error shaping in a {@link GatewayInstrumentation} chained after the instrumentation SmallRye
 * set up (its query cache among it), which keeps working as SmallRye made it: documents are parsed
 * and validated once, and SmallRye finds them when it looks a request's document up before
 * execution. The gateway names no SmallRye implementation class, so a SmallRye upgrade cannot
 * silently bypass it.
 *
 * <p>
 * A SmallRye GraphQL {@link EventingService} (registered in META-INF/services) rather than a CDI
 * observer of {@code GraphQL.Builder}: observing it needs {@code
 * quarkus.smallrye-graphql.events.enabled}, which also fires CDI events around every field of every
 * request (~2.6 % of the gateway's CPU under load). SmallRye creates this class with {@link
 * java.util.ServiceLoader}, so it reads {@link GatewayConfig} from the configuration, not by
 * injection.
 */
public class GraphQLSetup implements EventingService {

    /** No configuration key: always on. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GatewayConfig config = ConfigProvider.getConfig()
                .unwrap(SmallRyeConfig.class)
                .getConfigMapping(GatewayConfig.class);
        return complete(
                builder,
                new RequestLimits(config.maxDepth(), config.maxComplexity(), config.maxAliases()),
                config.introspection());
    }

    /**
     * The builder SmallRye prepared, with the gateway's field visibility and the gateway's
     * instrumentation after SmallRye's.
     */
    static GraphQL.Builder complete(
            GraphQL.Builder builder, RequestLimits limits, boolean introspection) {
        // the builder has no getters: a throwaway engine shows what SmallRye set on it
        GraphQL smallRyes = builder.build();
        Instrumentation theirs = smallRyes.getInstrumentation();
        Instrumentation ours = new GatewayInstrumentation(limits, introspection, new ErrorShaping());
        return builder.schema(GatewayWiring.of(smallRyes.getGraphQLSchema()))
                .instrumentation(new ChainedInstrumentation(List.of(theirs, ours)));
    }
}
