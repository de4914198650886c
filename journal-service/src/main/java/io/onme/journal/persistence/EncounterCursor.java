package io.onme.journal.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.bson.types.ObjectId;

/**
 * Position after the last item of a page: (occurredAt, _id), the list's sort key. Opaque to
 * clients.
 */
public record EncounterCursor(Instant occurredAt, ObjectId id) {

    public String encode() {
        String raw = occurredAt.toEpochMilli() + ":" + id.toHexString();
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @throws IllegalArgumentException when the text is not a cursor this service made
     */
    public static EncounterCursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            int colon = raw.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("not a cursor");
            }
            Instant at = Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon)));
            return new EncounterCursor(at, new ObjectId(raw.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
