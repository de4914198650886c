package io.onme.gateway.api.model;

public record PageInfo(boolean hasNextPage, String endCursor) {
}
