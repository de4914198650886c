package io.onme.gateway.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.MDC;

import io.onme.support.RequestIds;

/**
 * Sends the GraphQL request's id ({@link RequestIds}, which sets it at the edge) to every service
 * it calls, so their log lines join the gateway's.
 */
@Provider
public class RequestIdForwarding implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIds.MDC_KEY);
        if (id != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, id.toString());
        }
    }
}
