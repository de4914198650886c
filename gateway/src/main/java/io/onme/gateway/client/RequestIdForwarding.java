package io.onme.gateway.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/**
 * Sends the GraphQL request's id to every service it calls, so their log lines join the gateway's.
 * The header and the logging-context key are defined here, the client being the lower layer; the
 * edge ({@code api.RequestIds}) sets them.
 */
@Provider
public class RequestIdForwarding implements ClientRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(MDC_KEY);
        if (id != null) {
            request.getHeaders().putSingle(HEADER, id.toString());
        }
    }
}
