package io.onme.gateway.error;

/**
 * A failure the client may know about: its message is written for clients, {@link #code()} becomes
 * {@code extensions.code} and {@link #field()} (the offending input field, when known) {@code
 * extensions.field}.
 */
public class GatewayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;

    public GatewayException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public GatewayException(ErrorCode code, String message, String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public static GatewayException notFound() {
        return new GatewayException(ErrorCode.NOT_FOUND, "Not found");
    }

    public static GatewayException badInput(String field, String message) {
        return new GatewayException(ErrorCode.BAD_USER_INPUT, message, field);
    }
}
