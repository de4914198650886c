package io.onme.gateway.error;

/** The values of {@code extensions.code} in the gateway's GraphQL errors. */
public enum ErrorCode {
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    BAD_USER_INPUT,
    CONFLICT,
    UNAVAILABLE,
    /** A defect in the gateway itself; the client learns nothing more. */
    INTERNAL
}
