package io.onme.support;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * {@link TextRules} for every path and query parameter of every endpoint, before a resource runs: a
 * bad character or a percent-escape that is not well-formed UTF-8 is a 400 {@code invalid-text}
 * problem naming the parameter.
 */
@Provider
public class TextParamsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        checkRawPath(request.getUriInfo().getRequestUri().getRawPath(), path);
        checkRawQuery(request.getUriInfo().getRequestUri().getRawQuery());
        check(path);
        check(query);
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = TextRules.flaw(parameter.getKey()) == null ? parameter.getKey() : "query";
            for (String value : parameter.getValue()) {
                String flaw = TextRules.flaw(value);
                if (flaw != null) {
                    throw ProblemException.invalidText(name, flaw);
                }
            }
        }
    }

    // decoded parameters hide broken UTF-8 behind U+FFFD: the raw escapes tell
    private static void checkRawPath(String rawPath, MultivaluedMap<String, String> parameters) {
        if (rawPath == null || rawPath.indexOf('%') < 0) {
            return;
        }
        for (String segment : rawPath.split("/")) {
            if (TextRules.strictUriDecode(segment, false) == null) {
                String field = "path";
                for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                    if (parameter.getValue().stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0)) {
                        field = parameter.getKey();
                    }
                }
                throw ProblemException.invalidText(field, "is not well-formed UTF-8");
            }
        }
    }

    private static void checkRawQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = TextRules.strictUriDecode(equals < 0 ? pair : pair.substring(0, equals), true);
            if (name == null || TextRules.flaw(name) != null) {
                throw ProblemException.invalidText(
                        "query", "has a parameter name that is not well-formed text");
            }
            if (equals >= 0
                    && TextRules.strictUriDecode(pair.substring(equals + 1), true) == null) {
                throw ProblemException.invalidText(name, "is not well-formed UTF-8");
            }
        }
    }
}
