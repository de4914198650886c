package io.onme.devstores.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Puts one bad value into every parameter and every string field of the JSON body of every
 * operation a service's OpenAPI document lists, one at a time, and reports what the service
 * answered. Driven by the document, so an operation added later is probed without a test change.
 *
 * <p>
 * The other parameters and fields get plausible values of their type, so the bad one is what the
 * service has to deal with. JSON is written with every non-ASCII character escaped, so lone
 * surrogates arrive as {@code \\uD800} escapes (valid JSON, invalid text).
 */
public final class OpenApiProbe {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int MAX_DEPTH = 6;

    /**
     * Where the bad value went: {@code in} is path, query or body; {@code field} as a client names
     * it.
     */
    public record Case(
            String method,
            String template,
            String in,
            String field,
            boolean plainText,
            URI uri,
            String body) {
        @Override
        public String toString() {
            return method + " " + template + " " + in + " " + field;
        }
    }

    /** What the service answered to one case. */
    public record Outcome(Case probe, int status, String contentType, JsonNode body) {
        /** Whether the answer is a problem naming {@code probe.field()}. */
        public boolean namesField() {
            for (JsonNode error : body.path("errors")) {
                if (error.path("field").asText().equals(probe.field())) {
                    return true;
                }
            }
            return false;
        }

        public String type() {
            return body.path("type").asText();
        }

        /**
         * The answer bad text must get: a 400 problem naming the field, of type {@code
         * invalid-text} where the field is free text (an enum or a date with bad text is simply not
         * one of its values).
         */
        public boolean isTextProblem() {
            return status == 400
                    && contentType.startsWith("application/problem+json")
                    && namesField()
                    && (!probe.plainText()
                            || type().equals("https://onme.io/problems/invalid-text"));
        }

        @Override
        public String toString() {
            return probe + " -> " + status + " " + contentType + " " + body;
        }
    }

    private final JsonNode document;
    private final URI base;

    private OpenApiProbe(JsonNode document, URI base) {
        this.document = document;
        this.base = base;
    }

    /**
     * Reads {@code /q/openapi} of the service at {@code base} (e.g. {@code
     * http://localhost:41234/}).
     */
    public static OpenApiProbe of(URI base) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).GET().build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("/q/openapi answered " + answer.statusCode());
        }
        try {
            return new OpenApiProbe(JSON.readTree(answer.body()), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Every operation as "METHOD /path". */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(
                        path -> path.getValue()
                                .properties()
                                .forEach(
                                        op -> {
                                            if (isMethod(op.getKey())) {
                                                operations.add(
                                                        op.getKey().toUpperCase()
                                                                + " "
                                                                + path.getKey());
                                            }
                                        }));
        return operations;
    }

    /** The statuses the document lists for "METHOD /path". */
    public Set<String> statuses(String operation) {
        String[] parts = operation.split(" ", 2);
        Set<String> statuses = new TreeSet<>();
        document.path("paths")
                .path(parts[1])
                .path(parts[0].toLowerCase())
                .path("responses")
                .fieldNames()
                .forEachRemaining(statuses::add);
        return statuses;
    }

    /**
     * Operations (outside /q/) missing an error answer every OnMe operation can give: 401 and 500
     * always, 400 when it takes a parameter or a body, 404 when its path names a resource; and
     * error answers that are not application/problem+json.
     */
    public List<String> missingErrorAnswers() {
        List<String> missing = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(
                        path -> {
                            if (path.getKey().startsWith("/q/")) {
                                return;
                            }
                            path.getValue()
                                    .properties()
                                    .forEach(
                                            op -> {
                                                if (!isMethod(op.getKey())) {
                                                    return;
                                                }
                                                String name = op.getKey().toUpperCase()
                                                        + " "
                                                        + path.getKey();
                                                JsonNode operation = op.getValue();
                                                List<String> needed = new ArrayList<>(List.of("401", "500"));
                                                boolean pathParameter = false;
                                                boolean anyParameter = operation.has("requestBody");
                                                for (JsonNode parameter : operation.path("parameters")) {
                                                    anyParameter |= parameter
                                                            .path("in")
                                                            .asText()
                                                            .matches("path|query");
                                                    pathParameter |= parameter
                                                            .path("in")
                                                            .asText()
                                                            .equals("path");
                                                }
                                                if (anyParameter) {
                                                    needed.add("400");
                                                }
                                                if (pathParameter) {
                                                    needed.add("404");
                                                }
                                                JsonNode responses = operation.path("responses");
                                                for (String status : needed) {
                                                    if (!responses.has(status)) {
                                                        missing.add(name + " " + status);
                                                    }
                                                }
                                                responses
                                                        .properties()
                                                        .forEach(
                                                                r -> {
                                                                    if (r.getKey()
                                                                            .matches(
                                                                                    "[45]\\d\\d")
                                                                            && !r.getValue()
                                                                                    .path("content")
                                                                                    .has(
                                                                                            "application/problem+json")) {
                                                                        missing.add(
                                                                                name
                                                                                        + " "
                                                                                        + r.getKey()
                                                                                        + " is not application/problem+json");
                                                                    }
                                                                });
                                            });
                        });
        return missing;
    }

    /**
     * Whether "Schema.property" may be null: OpenAPI 3.1 lists "null" among its types (or a
     * oneOf/anyOf does).
     */
    public boolean isNullable(String schemaProperty) {
        String[] parts = schemaProperty.split("\\.", 2);
        JsonNode property = document.path("components")
                .path("schemas")
                .path(parts[0])
                .path("properties")
                .path(parts[1]);
        if (property.isMissingNode()) {
            throw new IllegalArgumentException(
                    "no property " + schemaProperty + " in the document");
        }
        return allowsNull(property);
    }

    private static boolean allowsNull(JsonNode schema) {
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
        } else if ("null".equals(type.asText())) {
            return true;
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode choice : schema.path(combinator)) {
                if (allowsNull(choice)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One case per parameter and per string leaf of the body of every operation, holding {@code
     * bad}. In a URI the value is percent-encoded as UTF-8, except that {@code rawEncoded}, when
     * not null, is put into the URI as it is (to send bytes that are not UTF-8).
     */
    public List<Case> cases(String bad, String rawEncoded) {
        List<Case> cases = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(
                        path -> {
                            String template = path.getKey();
                            JsonNode item = path.getValue();
                            item.properties()
                                    .forEach(
                                            op -> {
                                                if (!isMethod(op.getKey())) {
                                                    return;
                                                }
                                                String method = op.getKey().toUpperCase();
                                                List<JsonNode> parameters = new ArrayList<>();
                                                item.path("parameters").forEach(parameters::add);
                                                op.getValue()
                                                        .path("parameters")
                                                        .forEach(parameters::add);
                                                JsonNode bodySchema = op.getValue()
                                                        .path("requestBody")
                                                        .path("content")
                                                        .path("application/json")
                                                        .path("schema");
                                                String validBody = bodySchema.isMissingNode()
                                                        ? null
                                                        : write(example(bodySchema, 0));
                                                for (JsonNode parameter : parameters) {
                                                    String in = parameter.path("in").asText();
                                                    if (!in.equals("path") && !in.equals("query")) {
                                                        continue;
                                                    }
                                                    String name = parameter.path("name").asText();
                                                    String encoded = rawEncoded != null
                                                            ? rawEncoded
                                                            : encode(bad);
                                                    String uri = fill(
                                                            template,
                                                            parameters,
                                                            name,
                                                            encoded);
                                                    if (in.equals("query")) {
                                                        uri += "?" + encode(name) + "=" + encoded;
                                                    }
                                                    cases.add(
                                                            new Case(
                                                                    method,
                                                                    template,
                                                                    in,
                                                                    name,
                                                                    isPlainText(
                                                                            parameter.path(
                                                                                    "schema")),
                                                                    base.resolve(uri),
                                                                    validBody));
                                                }
                                                if (!bodySchema.isMissingNode()
                                                        && rawEncoded == null) {
                                                    String uri = fill(template, parameters, null, null);
                                                    List<Leaf> leaves = new ArrayList<>();
                                                    JsonNode body = example(bodySchema, 0);
                                                    collectLeaves(
                                                            bodySchema,
                                                            "",
                                                            new ArrayList<>(),
                                                            leaves,
                                                            0);
                                                    for (Leaf leaf : leaves) {
                                                        JsonNode copy = body.deepCopy();
                                                        leaf.set(copy, bad);
                                                        cases.add(
                                                                new Case(
                                                                        method,
                                                                        template,
                                                                        "body",
                                                                        leaf.path(),
                                                                        leaf.plainText(),
                                                                        base.resolve(uri),
                                                                        write(copy)));
                                                    }
                                                }
                                            });
                        });
        return cases;
    }

    /** Sends every case with the token {@code tokenFor} gives for it. */
    public static List<Outcome> run(List<Case> cases, Function<Case, String> tokenFor) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case probe : cases) {
            HttpRequest.Builder request = HttpRequest.newBuilder(probe.uri())
                    .header("Authorization", "Bearer " + tokenFor.apply(probe))
                    .header("Accept", "application/json");
            if (probe.body() != null) {
                request.header("Content-Type", "application/json")
                        .method(
                                probe.method(),
                                HttpRequest.BodyPublishers.ofString(
                                        probe.body(), StandardCharsets.UTF_8));
            } else {
                request.method(probe.method(), HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> answer = send(request.build());
            JsonNode body;
            try {
                body = answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
            } catch (IOException e) {
                body = JsonNodeFactory.instance.textNode(answer.body());
            }
            outcomes.add(
                    new Outcome(
                            probe,
                            answer.statusCode(),
                            answer.headers().firstValue("Content-Type").orElse(""),
                            body));
        }
        // the figures of a run, for the record (issue 16 asks for them)
        System.out.printf(
                "[bad-input] %d cases: %d answered 4xx, %d answered 5xx%n",
                outcomes.size(),
                outcomes.stream().filter(o -> o.status() / 100 == 4).count(),
                outcomes.stream().filter(o -> o.status() / 100 == 5).count());
        return outcomes;
    }

    /** Sends {@code prefix + bytes + suffix} as a JSON body (bytes that need not be UTF-8). */
    public static HttpResponse<String> sendBytes(
            String method, URI uri, String token, String prefix, byte[] bytes, String suffix) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        return send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
    }

    /** "C0 AF" → those bytes. */
    public static byte[] hex(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }

    /** A string field of a body: its client-side name and how to put a value there. */
    private record Leaf(String path, boolean plainText, List<Object> steps) {
        void set(JsonNode root, String value) {
            JsonNode node = root;
            for (int i = 0; i < steps.size() - 1; i++) {
                Object step = steps.get(i);
                node = step instanceof Integer index ? node.get(index) : node.get((String) step);
            }
            Object last = steps.get(steps.size() - 1);
            if (last instanceof Integer index) {
                ((ArrayNode) node).set(index, JsonNodeFactory.instance.textNode(value));
            } else {
                ((ObjectNode) node).put((String) last, value);
            }
        }
    }

    private void collectLeaves(
            JsonNode schema, String path, List<Object> steps, List<Leaf> leaves, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > MAX_DEPTH) {
            return;
        }
        String type = type(resolved);
        switch (type) {
            case "string" -> leaves.add(new Leaf(path, isPlainText(resolved), List.copyOf(steps)));
            case "array" -> {
                List<Object> next = new ArrayList<>(steps);
                next.add(0);
                collectLeaves(resolved.path("items"), path + "[0]", next, leaves, depth + 1);
            }
            case "object" ->
                resolved.path("properties")
                        .properties()
                        .forEach(
                                property -> {
                                    List<Object> next = new ArrayList<>(steps);
                                    next.add(property.getKey());
                                    collectLeaves(
                                            property.getValue(),
                                            path.isEmpty()
                                                    ? property.getKey()
                                                    : path + "." + property.getKey(),
                                            next,
                                            leaves,
                                            depth + 1);
                                });
            default -> {
                // numbers, booleans: not text
            }
        }
    }

    /** A value of the schema's type: every property present, arrays with one element. */
    private JsonNode example(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        switch (type(resolved)) {
            case "string" -> {
                String format = resolved.path("format").asText();
                return f.textNode(
                        switch (format) {
                            case "date-time" -> "2026-01-01T10:00:00Z";
                            case "date" -> "2026-01-01";
                            case "uuid" -> "7d444840-9dc0-11d1-b245-5ffdce74fad2";
                            default -> "probe";
                        });
            }
            case "integer" -> {
                return f.numberNode(1);
            }
            case "number" -> {
                return f.numberNode(1);
            }
            case "boolean" -> {
                return f.booleanNode(true);
            }
            case "array" -> {
                ArrayNode array = f.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(example(resolved.path("items"), depth + 1));
                }
                return array;
            }
            default -> {
                ObjectNode object = f.objectNode();
                if (depth < MAX_DEPTH) {
                    resolved.path("properties")
                            .properties()
                            .forEach(p -> object.set(p.getKey(), example(p.getValue(), depth + 1)));
                }
                return object;
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10; i++) {
            if (current.has("$ref")) {
                String ref = current.path("$ref").asText();
                current = document.at(ref.substring(1));
            } else if (current.has("allOf") && current.path("allOf").size() == 1) {
                current = current.path("allOf").get(0);
            } else if (current.has("anyOf") || current.has("oneOf")) {
                JsonNode choices = current.has("anyOf") ? current.path("anyOf") : current.path("oneOf");
                JsonNode pick = choices.get(0);
                for (JsonNode choice : choices) {
                    if (!"null".equals(choice.path("type").asText())) {
                        pick = choice;
                        break;
                    }
                }
                current = pick;
            } else {
                return current;
            }
        }
        return current;
    }

    /** The schema's type; OpenAPI 3.1 may list "null" beside it. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("enum") ? "string" : schema.has("items") ? "array" : "object";
    }

    /** Free text: a string without enum or format, where the text rule itself must answer. */
    private boolean isPlainText(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if ("array".equals(type(resolved))) {
            return isPlainText(resolved.path("items"));
        }
        return "string".equals(type(resolved)) && !resolved.has("enum") && !resolved.has("format");
    }

    private String fill(String template, List<JsonNode> parameters, String probed, String encoded) {
        String uri = template;
        for (JsonNode parameter : parameters) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            String value = name.equals(probed) ? encoded : "1";
            uri = uri.replace("{" + name + "}", value);
        }
        return uri;
    }

    private static boolean isMethod(String key) {
        return List.of("get", "put", "post", "delete", "patch").contains(key);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For reports: one outcome per line. */
    public static String describe(List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (Outcome outcome : outcomes) {
            text.append("\n  ").append(outcome);
        }
        return text.toString();
    }
}
