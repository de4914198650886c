package io.onme.gateway.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.vertx.core.buffer.Buffer;

/**
 * Reads a GraphQL-over-HTTP envelope as strictly as the specifications say, before SmallRye does:
 * SmallRye parses bodies leniently in some places (Vert.x's JSON accepts comments) and strictly in
 * others (its own parser refuses them, and a byte-order mark), casts {@code operationName} to a
 * string without asking, and lets malformed UTF-8 turn into U+FFFD; each of these was an HTTP 500
 * with a framework error page, or an error without a code (issue 16). Whatever passes here SmallRye
 * reads without surprise; whatever does not is a {@link Refusal}.
 *
 * <ul>
 * <li>bytes (a body, a URL's percent-escapes) must be UTF-8 without overlong forms or encoded
 * surrogates, a body without a byte-order mark;
 * <li>a body is {@code application/json} (one JSON object, strict: no comments, repeated keys,
 * trailing data or nesting deeper than {@value #MAX_JSON_DEPTH}) or {@code
 *       application/graphql} (the document), read as UTF-8 whatever {@code charset} the header
 * names (clients mislabel it; bytes that are not UTF-8 are refused);
 * <li>{@code query} and {@code operationName} are strings, {@code variables} and {@code
 *       extensions} JSON objects (or absent, or null), in a body or in the URL, where each may be
 * given once.
 * </ul>
 */
final class Envelope {

    /** Far deeper than any input object of the schema, far shallower than a stack can take. */
    static final int MAX_JSON_DEPTH = 64;

    private static final Set<String> PARAMETERS = Set.of("query", "operationName", "variables", "extensions");

    private static final ObjectMapper STRICT_JSON = JsonMapper.builder(
            JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(
                            StreamReadConstraints.builder()
                                    .maxNestingDepth(MAX_JSON_DEPTH)
                                    .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final String SHAPE = "{\"query\": \"...\", \"variables\": {...}, \"operationName\": \"...\"}";

    /** Why a request cannot be read, and the HTTP status that says so. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;

        private final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private Envelope() {
    }

    /**
     * The URL's GraphQL parameters, decoded strictly; {@code variables} and {@code extensions}
     * checked.
     */
    static Map<String, String> parameters(String rawQuery) throws Refusal {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = percentDecoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : percentDecoded(pair.substring(equals + 1));
            if (PARAMETERS.contains(name) && parameters.putIfAbsent(name, value) != null) {
                throw new Refusal(400, name + " is given more than once");
            }
        }
        for (String name : new String[] { "variables", "extensions" }) {
            String json = parameters.get(name);
            if (json != null && !json.isEmpty()) {
                JsonNode value;
                try {
                    value = STRICT_JSON.readTree(json);
                } catch (JsonProcessingException notJson) {
                    throw new Refusal(400, name + " must be a JSON object");
                }
                if (!value.isObject()) {
                    throw new Refusal(400, name + " must be a JSON object");
                }
            }
        }
        return parameters;
    }

    /** The query of a POST body of this content type, the rest of the envelope checked. */
    static String ofBody(String contentType, Buffer body) throws Refusal {
        String[] type = contentType == null ? new String[] { "" } : contentType.split(";");
        String media = type[0].trim().toLowerCase(Locale.ROOT);
        boolean json = media.equals("application/json");
        if (!json && !media.equals("application/graphql")) {
            throw new Refusal(415, "Send application/json (or application/graphql)");
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes();
        if (bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            throw new Refusal(400, "The body must not start with a byte-order mark");
        }
        String text;
        try {
            text = utf8(bytes);
        } catch (CharacterCodingException malformed) {
            throw new Refusal(400, "The body is not valid UTF-8");
        }
        if (!json) {
            return text;
        }
        if (text.isBlank()) {
            throw new Refusal(400, "The body is empty; send one JSON object: " + SHAPE);
        }
        JsonNode envelope;
        try {
            envelope = STRICT_JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw new Refusal(
                    400,
                    "The body is not JSON (strict JSON: no comments, repeated keys or trailing data); "
                            + "send one JSON object: "
                            + SHAPE);
        }
        if (!envelope.isObject()) {
            throw new Refusal(400, "The body must be one JSON object: " + SHAPE);
        }
        JsonNode query = envelope.path("query");
        if (!query.isMissingNode() && !query.isNull() && !query.isTextual()) {
            throw new Refusal(400, "query must be a string");
        }
        JsonNode operationName = envelope.path("operationName");
        if (!operationName.isMissingNode()
                && !operationName.isNull()
                && !operationName.isTextual()) {
            throw new Refusal(400, "operationName must be a string");
        }
        for (String name : new String[] { "variables", "extensions" }) {
            JsonNode value = envelope.path(name);
            if (!value.isMissingNode() && !value.isNull() && !value.isObject()) {
                throw new Refusal(400, name + " must be a JSON object");
            }
        }
        return query.isTextual() ? query.asText() : null;
    }

    /**
     * A URL component's text: {@code +} is a space, {@code %XX} a byte, and the bytes UTF-8. The
     * request line arrives as ISO-8859-1 characters, so a raw byte above 0x7F is taken back as that
     * byte.
     */
    private static String percentDecoded(String component) throws Refusal {
        byte[] bytes = new byte[component.length()];
        int length = 0;
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '+') {
                bytes[length++] = ' ';
            } else if (c == '%') {
                int high = i + 2 < component.length()
                        ? Character.digit(component.charAt(i + 1), 16)
                        : -1;
                int low = high < 0 ? -1 : Character.digit(component.charAt(i + 2), 16);
                if (low < 0) {
                    throw new Refusal(400, "The URL is not correctly percent-encoded");
                }
                bytes[length++] = (byte) (high << 4 | low);
                i += 2;
            } else if (c <= 0xFF) {
                bytes[length++] = (byte) c;
            } else {
                throw new Refusal(400, "The URL is not correctly percent-encoded");
            }
        }
        try {
            return utf8(Arrays.copyOf(bytes, length));
        } catch (CharacterCodingException malformed) {
            throw new Refusal(400, "The URL's parameters are not valid UTF-8");
        }
    }

    /**
     * Strict UTF-8: malformed input, overlong forms and encoded surrogates are refused, not
     * replaced.
     */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
