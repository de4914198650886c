package io.onme.gateway.error;

/**
 * A backing service did not answer usefully (down, 5xx, timeout). The only failure worth a retry.
 */
public class UnavailableException extends GatewayException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String service) {
        super(ErrorCode.UNAVAILABLE, service + " is unavailable");
    }
}
