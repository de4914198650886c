package io.onme.gateway.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A GraphQL error in the gateway's shape: message, locations, path and {@code extensions.code} only
 * (graphql-java's own {@code classification} names such as {@code DataFetchingException} are not
 * passed on).
 */
public record ShapedError(
        String message,
        List<SourceLocation> locations,
        List<Object> path,
        Map<String, Object> extensions)
        implements
            GraphQLError {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message", message);
        if (locations != null && !locations.isEmpty()) {
            json.put(
                    "locations",
                    locations.stream()
                            .map(
                                    location -> Map.of(
                                            "line",
                                            location.getLine(),
                                            "column",
                                            location.getColumn()))
                            .toList());
        }
        if (path != null) {
            json.put("path", path);
        }
        json.put("extensions", extensions);
        return json;
    }
}
