package io.onme.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's own limits ({@code onme.gateway.*}). */
@ConfigMapping(prefix = "onme.gateway")
public interface GatewayConfig {

    /** Largest page a client may ask for with {@code first}. */
    @WithDefault("100")
    int maxPageSize();

    /** Deepest selection nesting accepted. */
    @WithDefault("16")
    int maxDepth();

    /** Most fields a query may select in all (graphql-java's complexity: one per field). */
    @WithDefault("500")
    int maxComplexity();

    /** Most aliased fields in one document (aliases multiply backend work). */
    @WithDefault("30")
    int maxAliases();

    /** Most tokens a query document may have (a parser-level bound on huge documents). */
    @WithDefault("5000")
    int maxTokens();

    /** Largest request body accepted on /graphql (larger: HTTP 413). */
    @WithDefault("65536")
    long maxRequestBytes();

    /**
     * Whether {@code __schema} and {@code __type} are answered: off in production, on in the
     * embedded mode, dev and tests (GraphiQL needs it). The SDL at {@code /graphql/schema.graphql}
     * is served either way.
     */
    @WithDefault("false")
    boolean introspection();

    /** Verified tokens remembered between requests ({@code security.CachingJwtParser}). */
    JwtCache jwtCache();

    interface JwtCache {

        /**
         * How long a verified token is trusted without verifying it again (never past its exp); 0:
         * always verify.
         */
        @WithDefault("60s")
        Duration ttl();

        /** Most tokens remembered at once. */
        @WithDefault("10000")
        int maxEntries();
    }

    /** Every call to a service ({@code client.Backends}): its timeout and circuit breaker. */
    Backends backends();

    interface Backends {

        /** Longest wait for a service's answer; longer counts as unavailable. */
        @WithDefault("1500ms")
        Duration timeout();

        /** The circuit breakers, one per tenant and service. */
        Breaker breaker();

        interface Breaker {

            /**
             * Calls of a rolling window (per tenant and service) over which failures are counted.
             */
            @WithDefault("10")
            int requestVolumeThreshold();

            /** Share of failed calls in the window that opens the breaker. */
            @WithDefault("0.5")
            double failureRatio();

            /** How long an open breaker refuses calls before it lets trial calls through. */
            @WithDefault("5s")
            Duration delay();

            /** Successful trial calls that close it again. */
            @WithDefault("2")
            int successThreshold();

            /**
             * Most breakers held at once; beyond it they all start over closed (a bound, not a
             * size).
             */
            @WithDefault("10000")
            int maxScopes();
        }
    }

    /** playbook-service's archetype catalogue ({@code api.ArchetypeCatalogue}). */
    Archetypes archetypes();

    interface Archetypes {

        /**
         * How long the catalogue is used before it is fetched again; 0: fetched by every request
         * that needs it.
         */
        @WithDefault("5m")
        Duration cacheTtl();
    }
}
