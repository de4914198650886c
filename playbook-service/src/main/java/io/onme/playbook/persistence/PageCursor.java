package io.onme.playbook.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import io.onme.support.ProblemException;

/**
 * An opaque keyset cursor: the sort key of the last row of a page, base64url-encoded. Clients pass
 * it back unchanged; anything else is a 400.
 */
record PageCursor(List<String> values) {

    private static final String SEPARATOR = "\u001f";

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String cursor, int expectedValues) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = Arrays.asList(raw.split(SEPARATOR, -1));
            if (values.size() != expectedValues) {
                throw new IllegalArgumentException("wrong arity");
            }
            return new PageCursor(values);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("after", "is not a cursor returned by this service");
        }
    }
}
