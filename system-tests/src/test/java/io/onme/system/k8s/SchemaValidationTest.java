package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Every object both overlays render (and the optional monitoring component) is valid against the
 * JSON schema of its kind — the Kubernetes 1.30 API's and the operators' CRDs, kept in
 * src/test/resources/k8s-schemas (see its README) — read strictly: a field the schema does not know
 * is an error, so a typo fails the build instead of being dropped by the API server or an operator.
 */
class SchemaValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "monitoring" })
    void everyRenderedObjectIsValidAgainstItsKindsSchema(String target) {
        Manifests m = target.equals("monitoring")
                ? Manifests.ofComponent("monitoring")
                : Manifests.of(target);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> resource : m.resources) {
            String what = resource.get("apiVersion") + " " + resource.get("kind") + " " + name(resource);
            problems.addAll(problems(resource).stream().map(p -> what + ": " + p).toList());
        }
        assertTrue(
                problems.isEmpty(),
                target
                        + ": objects the API server or an operator would reject or silently "
                        + "drop fields of:\n"
                        + String.join("\n", problems));
    }

    @Test
    void theHandAppliedRestoreJobIsValidToo() {
        assertTrue(
                problems(BackupManifestTest.restoreJob()).isEmpty(),
                "k8s/restore/journal-mongodb-restore.yaml: "
                        + problems(BackupManifestTest.restoreJob()));
    }

    @Test
    void aTypoInAFieldIsCaughtInBuiltInAndCustomResources() {
        Manifests prod = Manifests.of("prod");
        Map<String, Object> deployment = copy(prod.get("Deployment", "gateway"));
        Map<String, Object> container = Manifests.list(Manifests.map(deployment, "spec", "template", "spec"), "containers")
                .get(0);
        container.put("imagePullPolcy", "IfNotPresent");
        assertFalse(problems(deployment).isEmpty(), "a misspelt container field must fail");

        Map<String, Object> cluster = copy(prod.get("Cluster", "playbook-db"));
        Manifests.map(cluster, "spec").put("instancess", 3);
        assertFalse(problems(cluster).isEmpty(), "a misspelt Cluster field must fail");

        Map<String, Object> mongodb = copy(prod.get("MongoDBCommunity", "journal-mongodb"));
        Manifests.map(mongodb, "spec", "security", "tls").put("enable", true);
        assertFalse(problems(mongodb).isEmpty(), "a misspelt MongoDBCommunity field must fail");

        Map<String, Object> backup = copy(prod.get("ScheduledBackup", "playbook-db-daily"));
        Manifests.map(backup, "spec").put("method", "plugins");
        assertFalse(problems(backup).isEmpty(), "a value outside the enum must fail");

        assertTrue(
                problems(copy(prod.get("Deployment", "gateway"))).isEmpty(),
                "the untouched copy is valid");
    }

    // ---- validation -------------------------------------------------------------------------

    private static List<String> problems(Map<String, Object> resource) {
        String apiVersion = String.valueOf(resource.get("apiVersion"));
        String kind = String.valueOf(resource.get("kind"));
        JsonSchema schema = SCHEMAS.computeIfAbsent(apiVersion + "/" + kind, k -> load(apiVersion, kind));
        Set<ValidationMessage> messages = schema.validate(JSON.valueToTree(resource));
        return messages.stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .collect(Collectors.toList());
    }

    /**
     * Kubernetes kinds: kubernetes-v1.30.0/{kind}[-{group prefix}]-{version}.json; custom
     * resources: crds/{group}/{kind}_{version}.json (the naming of the schema collections).
     */
    private static JsonSchema load(String apiVersion, String kind) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String lower = kind.toLowerCase(java.util.Locale.ROOT);
        boolean builtIn = group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
        String path = builtIn
                ? "k8s-schemas/kubernetes-v1.30.0/"
                        + lower
                        + (group.isEmpty() ? "" : "-" + group.split("\\.")[0])
                        + "-"
                        + version
                        + ".json"
                : "k8s-schemas/crds/" + group + "/" + lower + "_" + version + ".json";
        try (InputStream in = SchemaValidationTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(
                    in != null,
                    "no schema for "
                            + apiVersion
                            + " "
                            + kind
                            + " at src/test/resources/"
                            + path
                            + ": add it (k8s-schemas/README.md says how)");
            JsonNode root = JSON.readTree(in);
            strict(root);
            return FACTORY.getSchema(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kubernetes' structural schemas leave additionalProperties open; an object with declared
     * properties (and no x-kubernetes-preserve-unknown-fields) takes nothing else. The schemas'
     * $schema and $id are dropped so nothing is looked up on the network.
     */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String reference : List.of("$schema", "$id", "id")) {
                if (object.path(reference).isTextual()) {
                    object.remove(reference);
                }
            }
            boolean preserves = object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (object.has("properties") && !object.has("additionalProperties") && !preserves) {
                object.set("additionalProperties", BooleanNode.FALSE);
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext();) {
                strict(it.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SchemaValidationTest::strict);
        }
    }

    private static Map<String, Object> copy(Map<String, Object> resource) {
        return JSON.convertValue(resource, Manifests.MAP_TYPE);
    }
}
