package io.onme.support;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented to a service endpoint as a service token, not yet verified. */
public class ServiceTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public ServiceTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
