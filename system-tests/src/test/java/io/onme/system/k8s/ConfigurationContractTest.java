package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.list;
import static io.onme.system.k8s.Manifests.map;
import static io.onme.system.k8s.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.onme.system.k8s.Manifests.Workload;

/**
 * The configuration the manifests give each service is what the service reads: every environment
 * variable of the contract table in docs/service-apis.md and every {@code ${VAR}} its
 * application.properties references, nothing it does not read, and every ConfigMap and Secret key
 * behind them exists (rendered, declared as an ExternalSecret or operator output, or created by the
 * documented script) — so a deploy never stalls on CreateContainerConfigError.
 */
class ConfigurationContractTest {

    /** Service (module) name to its name in the contract table. */
    private static final Map<String, String> CONTRACT_NAMES = Map.of(
            "gateway",
            "gateway",
            "playbook-service",
            "playbook",
            "journal-service",
            "journal",
            "scoring-service",
            "scoring");

    /**
     * Read by the JVM itself, not by the service's configuration (e.g. prod's trust store for
     * MongoDB's CA).
     */
    static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    /** `${NAME` followed by `}` or `:default`, for every (also nested) reference. */
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @Test
    void theContractTableNamesEveryServicesVariables() {
        Map<String, Set<String>> contract = contract();
        assertTrue(
                contract.get("playbook-service")
                        .containsAll(
                                Set.of(
                                        "HTTP_PORT",
                                        "JWT_VERIFY_KEY_LOCATION",
                                        "JWT_ISSUER",
                                        "DB_URL",
                                        "DB_USER",
                                        "DB_PASSWORD")),
                "playbook-service in docs/service-apis.md");
        assertTrue(
                contract.get("journal-service")
                        .containsAll(
                                Set.of(
                                        "MONGODB_URL",
                                        "MONGODB_DATABASE",
                                        "SCORING_URL",
                                        "JWT_SIGN_KEY_LOCATION")),
                "journal-service in docs/service-apis.md");
        assertTrue(
                contract.get("gateway")
                        .containsAll(Set.of("PLAYBOOK_URL", "JOURNAL_URL", "SCORING_URL")),
                "gateway in docs/service-apis.md");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void eachServiceGetsEveryVariableOfTheContract(String overlay) {
        Map<String, Set<String>> contract = contract();
        for (String service : Manifests.SERVICES) {
            Set<String> missing = new TreeSet<>(contract.get(service));
            missing.removeAll(envNames(Manifests.of(overlay).deployment(service)));
            assertTrue(
                    missing.isEmpty(),
                    overlay
                            + ": "
                            + service
                            + " is not given "
                            + missing
                            + " which docs/service-apis.md says it reads");
        }
    }

    /**
     * A variable beyond the contract (a tunable such as DB_POOL_MAX) must be one the service's
     * application.properties reads; where that file is not there yet, it cannot be checked.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyVariableBeyondTheContractIsOneTheServiceReads(String overlay) {
        Map<String, Set<String>> contract = contract();
        List<String> problems = new ArrayList<>();
        for (String service : Manifests.SERVICES) {
            Set<String> extra = new TreeSet<>(envNames(Manifests.of(overlay).deployment(service)));
            extra.removeAll(contract.get(service));
            extra.removeAll(JVM_VARIABLES);
            if (extra.isEmpty()) {
                continue;
            }
            Path properties = applicationProperties(service);
            if (!Files.isRegularFile(properties)) {
                System.out.println(
                        "[k8s] "
                                + service
                                + ": sets "
                                + extra
                                + " beyond the contract; no application.properties"
                                + " yet to confirm the service reads them");
                continue;
            }
            extra.removeAll(productionReferences(configuration(service)));
            if (!extra.isEmpty()) {
                problems.add(
                        overlay
                                + ": "
                                + service
                                + " is given "
                                + extra
                                + ", which neither docs/service-apis.md nor its application.properties mentions");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyVariableAServicesApplicationPropertiesReferencesIsProvided(String overlay) {
        List<String> problems = new ArrayList<>();
        for (String service : Manifests.SERVICES) {
            Path properties = applicationProperties(service);
            if (!Files.isRegularFile(properties)) {
                // Not written yet on this branch: the contract table (checked above) stands in for
                // it.
                System.out.println(
                        "[k8s] "
                                + service
                                + ": no application.properties yet, checked against the contract only");
                continue;
            }
            Set<String> referenced = productionReferences(configuration(service));
            Set<String> provided = envNames(Manifests.of(overlay).deployment(service));
            Set<String> missing = new TreeSet<>(referenced);
            missing.removeAll(provided);
            if (!missing.isEmpty()) {
                problems.add(
                        service
                                + "/src/main/resources/application.properties references "
                                + missing
                                + " which the "
                                + overlay
                                + " manifests do not set (they set "
                                + new TreeSet<>(provided)
                                + ")");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Traces: every service reads OTEL_SDK_DISABLED and OTEL_EXPORTER_OTLP_ENDPOINT (its
     * configuration: application.properties, or service-support's shared file); prod turns them on
     * towards a collector's OTLP/gRPC port, dev leaves them off (no collector, no way out of the
     * namespace).
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void tracesAreOnInProdTowardsTheCollectorAndOffInDev(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (String service : Manifests.SERVICES) {
            assertTrue(
                    productionReferences(configuration(service))
                            .containsAll(
                                    Set.of("OTEL_SDK_DISABLED", "OTEL_EXPORTER_OTLP_ENDPOINT")),
                    service + " reads the tracing variables");
            Map<String, String> env = resolvedEnv(m, m.deployment(service));
            assertEquals(
                    overlay.equals("prod") ? "false" : "true",
                    env.get("OTEL_SDK_DISABLED"),
                    overlay + ": " + service + " OTEL_SDK_DISABLED");
            String endpoint = String.valueOf(env.get("OTEL_EXPORTER_OTLP_ENDPOINT"));
            assertTrue(
                    endpoint.matches("https?://[a-z0-9.-]+:4317"),
                    overlay + ": " + service + " OTEL_EXPORTER_OTLP_ENDPOINT " + endpoint);
        }
    }

    /** The container's variables with the values of their ConfigMap keys resolved. */
    private static Map<String, String> resolvedEnv(Manifests m, Workload deployment) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map<String, Object> c : deployment.containers()) {
            for (Map<String, Object> env : list(c, "env")) {
                Map<String, Object> ref = map(env, "valueFrom", "configMapKeyRef");
                Object value = ref.isEmpty()
                        ? env.get("value")
                        : m.find("ConfigMap", (String) ref.get("name"))
                                .map(cm -> map(cm, "data").get(ref.get("key")))
                                .orElse(null);
                values.put((String) env.get("name"), value == null ? null : value.toString());
            }
        }
        return values;
    }

    @Test
    void productionReferencesIgnoreOtherProfilesAndFindNestedDefaults() {
        String sample = """
                # ${COMMENTED}
                quarkus.http.port=${HTTP_PORT:8081}
                quarkus.datasource.jdbc.url=${DB_URL}
                %prod.mp.jwt.verify.issuer=${JWT_ISSUER}
                %embedded.quarkus.datasource.username=${EMBEDDED_ONLY}
                %test.x=${TEST_ONLY:1}
                a.b=${OUTER:${INNER}}
                c.d=${quarkus.http.port}
                """;
        assertEquals(
                Set.of("HTTP_PORT", "DB_URL", "JWT_ISSUER", "OUTER", "INNER"),
                productionReferences(sample));
    }

    @Test
    void everyModuleOnServiceSupportReadsItsSharedJwtConfiguration() {
        for (String service : List.of("gateway", "playbook-service", "journal-service", "scoring-service")) {
            Set<String> referenced = productionReferences(configuration(service));
            assertTrue(
                    referenced.containsAll(
                            Set.of("JWT_VERIFY_KEY_LOCATION", "JWT_ISSUER", "JWT_AUDIENCE")),
                    service + " reads " + referenced);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyConfigMapKeyAContainerReadsExistsAndIsNamedAfterItsVariable(String overlay) {
        Manifests m = Manifests.of(overlay);
        List<String> problems = new ArrayList<>();
        for (Workload w : m.workloads()) {
            for (Map<String, Object> c : w.allContainers()) {
                for (Map<String, Object> env : list(c, "env")) {
                    Map<String, Object> ref = map(env, "valueFrom", "configMapKeyRef");
                    if (ref.isEmpty()) {
                        continue;
                    }
                    String where = w + " " + c.get("name") + " env " + env.get("name") + ": ";
                    Map<String, Object> configMap = m.find("ConfigMap", (String) ref.get("name")).orElse(null);
                    if (configMap == null) {
                        problems.add(where + "no ConfigMap " + ref.get("name"));
                    } else if (!map(configMap, "data").containsKey(ref.get("key"))) {
                        problems.add(
                                where
                                        + "ConfigMap "
                                        + ref.get("name")
                                        + " has no key "
                                        + ref.get("key"));
                    }
                    if (Manifests.SERVICES.contains(w.name())
                            && !env.get("name").equals(ref.get("key"))) {
                        problems.add(
                                where
                                        + "reads key "
                                        + ref.get("key")
                                        + "; keys are named after the variable");
                    }
                }
                for (Map<String, Object> from : list(c, "envFrom")) {
                    Map<String, Object> ref = map(from, "configMapRef");
                    if (!ref.isEmpty() && m.find("ConfigMap", (String) ref.get("name")).isEmpty()) {
                        problems.add(w + " envFrom: no ConfigMap " + ref.get("name"));
                    }
                }
            }
            for (Map<String, Object> volume : list(w.podSpec(), "volumes")) {
                Map<String, Object> ref = map(volume, "configMap");
                if (ref.isEmpty()) {
                    continue;
                }
                Map<String, Object> configMap = m.find("ConfigMap", (String) ref.get("name")).orElse(null);
                if (configMap == null) {
                    problems.add(
                            w
                                    + " volume "
                                    + volume.get("name")
                                    + ": no ConfigMap "
                                    + ref.get("name"));
                    continue;
                }
                for (Map<String, Object> item : list(ref, "items")) {
                    if (!map(configMap, "data").containsKey(item.get("key"))) {
                        problems.add(
                                w
                                        + " volume "
                                        + volume.get("name")
                                        + ": no key "
                                        + item.get("key"));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyServiceConfigMapKeyIsReadBySomeService(String overlay) {
        Manifests m = Manifests.of(overlay);
        Set<String> read = new TreeSet<>();
        for (String service : Manifests.SERVICES) {
            for (Map<String, Object> c : m.deployment(service).containers()) {
                for (Map<String, Object> env : list(c, "env")) {
                    Map<String, Object> ref = map(env, "valueFrom", "configMapKeyRef");
                    if (!ref.isEmpty()) {
                        read.add(ref.get("name") + "/" + ref.get("key"));
                    }
                }
            }
        }
        List<String> unread = new ArrayList<>();
        for (String configMap : List.of(
                "onme-auth",
                "gateway-config",
                "journal-config",
                "playbook-config",
                "scoring-config")) {
            Map<String, Object> rendered = m.ofKind("ConfigMap")
                    .filter(c -> name(c).startsWith(configMap + "-"))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(
                                    overlay + ": no ConfigMap " + configMap));
            map(rendered, "data").keySet().stream()
                    .map(k -> name(rendered) + "/" + k)
                    .filter(k -> !read.contains(k))
                    .forEach(unread::add);
        }
        assertTrue(
                unread.isEmpty(),
                overlay + ": ConfigMap keys no service reads (stale configuration): " + unread);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everySecretKeyAPodOrAnOperatorReadsIsDeclaredOrCreatedByTheDocumentedScript(
            String overlay) {
        Manifests m = Manifests.of(overlay);
        Map<String, Set<String>> available = new LinkedHashMap<>(SecretSources.declared(m));
        SecretSources.scripted(overlay)
                .forEach(
                        (name, keys) -> available.computeIfAbsent(name, k -> new TreeSet<>()).addAll(keys));
        List<String> problems = new ArrayList<>();
        for (Workload w : m.workloads()) {
            for (Map<String, Object> c : w.allContainers()) {
                for (Map<String, Object> env : list(c, "env")) {
                    Map<String, Object> ref = map(env, "valueFrom", "secretKeyRef");
                    if (!ref.isEmpty()) {
                        check(
                                available,
                                (String) ref.get("name"),
                                (String) ref.get("key"),
                                w + " " + c.get("name") + " env " + env.get("name"),
                                problems);
                    }
                }
                for (Map<String, Object> from : list(c, "envFrom")) {
                    Map<String, Object> ref = map(from, "secretRef");
                    if (!ref.isEmpty()) {
                        check(available, (String) ref.get("name"), null, w + " envFrom", problems);
                    }
                }
            }
            for (Map<String, Object> volume : list(w.podSpec(), "volumes")) {
                Map<String, Object> ref = map(volume, "secret");
                if (ref.isEmpty()) {
                    continue;
                }
                String where = w + " volume " + volume.get("name");
                check(available, (String) ref.get("secretName"), null, where, problems);
                for (Map<String, Object> item : list(ref, "items")) {
                    check(
                            available,
                            (String) ref.get("secretName"),
                            (String) item.get("key"),
                            where,
                            problems);
                }
            }
        }
        m.ofKind("Cluster")
                .forEach(
                        c -> {
                            String secret = (String) map(c, "spec", "bootstrap", "initdb", "secret")
                                    .get("name");
                            if (secret != null) {
                                check(
                                        available,
                                        secret,
                                        "username",
                                        "Cluster " + name(c) + " bootstrap",
                                        problems);
                                check(
                                        available,
                                        secret,
                                        "password",
                                        "Cluster " + name(c) + " bootstrap",
                                        problems);
                            }
                        });
        m.ofKind("MongoDBCommunity")
                .forEach(
                        mdb -> list(map(mdb, "spec"), "users")
                                .forEach(
                                        user -> {
                                            Map<String, Object> ref = map(user, "passwordSecretRef");
                                            check(
                                                    available,
                                                    (String) ref.get("name"),
                                                    (String) ref.getOrDefault(
                                                            "key", "password"),
                                                    "MongoDBCommunity "
                                                            + name(mdb)
                                                            + " user "
                                                            + user.get("name"),
                                                    problems);
                                        }));
        assertTrue(
                problems.isEmpty(),
                overlay + ": Secrets nobody declares or creates:\n" + String.join("\n", problems));
    }

    @Test
    void theReadmeDocumentsEverySecretAndItsManualCommandsMatchTheExternalSecrets() {
        String readme = SecretSources.read(Manifests.root().resolve("k8s/README.md"));
        Map<String, Set<String>> external = new LinkedHashMap<>();
        Manifests.of("prod")
                .ofKind("ExternalSecret")
                .forEach(
                        e -> {
                            String target = (String) map(e, "spec", "target").getOrDefault("name", name(e));
                            external.put(
                                    target,
                                    new TreeSet<>(
                                            SecretSources.declared(Manifests.of("prod"))
                                                    .get(target)));
                        });
        assertFalse(external.isEmpty(), "prod declares no ExternalSecret");
        Map<String, Set<String>> manual = new LinkedHashMap<>();
        SecretSources.commands(readme, "onme").forEach((k, v) -> manual.put(k, new TreeSet<>(v)));
        assertEquals(
                external,
                manual,
                "k8s/README.md's `kubectl -n onme create secret` commands must create what the ExternalSecrets do");

        for (String overlay : List.of("dev", "prod")) {
            Set<String> referenced = new TreeSet<>(SecretSources.declared(Manifests.of(overlay)).keySet());
            referenced.addAll(SecretSources.scripted(overlay).keySet());
            for (String secret : referenced) {
                assertTrue(
                        readme.contains("`" + secret + "`"),
                        "k8s/README.md does not document the Secret `"
                                + secret
                                + "` of the "
                                + overlay
                                + " overlay");
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private static void check(
            Map<String, Set<String>> available,
            String secret,
            String key,
            String where,
            List<String> problems) {
        Set<String> keys = available.get(secret);
        if (keys == null) {
            problems.add(
                    where
                            + ": Secret "
                            + secret
                            + " is neither declared nor created by create-secrets.sh");
        } else if (key != null && !keys.contains(key)) {
            problems.add(
                    where + ": Secret " + secret + " has no key " + key + " (it has " + keys + ")");
        }
    }

    private static Path applicationProperties(String service) {
        return Manifests.root()
                .resolve(service)
                .resolve("src/main/resources/application.properties");
    }

    /**
     * The configuration every service on service-support shares (its META-INF file, ordinal 90).
     */
    private static final String SHARED_CONFIGURATION = "service-support/src/main/resources/META-INF/microprofile-config.properties";

    /**
     * What the service's configuration reads: its application.properties and, for a service built
     * on service-support, the configuration it shares with the others.
     */
    static String configuration(String service) {
        String own = SecretSources.read(applicationProperties(service));
        String pom = SecretSources.read(Manifests.root().resolve(service).resolve("pom.xml"));
        if (!pom.contains("<artifactId>service-support</artifactId>")) {
            return own;
        }
        return own + "\n" + SecretSources.read(Manifests.root().resolve(SHARED_CONFIGURATION));
    }

    static Set<String> envNames(Workload deployment) {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> c : deployment.containers()) {
            list(c, "env").forEach(e -> names.add((String) e.get("name")));
        }
        return names;
    }

    /**
     * `${VAR}` references in the properties the prod profile sees (no `%dev.`, `%test.`, ... keys).
     */
    static Set<String> productionReferences(String properties) {
        Set<String> references = new TreeSet<>();
        for (String raw : properties.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            if (line.startsWith("%") && !line.startsWith("%prod.")) {
                continue;
            }
            int separator = line.indexOf('=');
            String value = separator < 0 ? line : line.substring(separator + 1);
            Matcher matcher = ENV_REFERENCE.matcher(value);
            while (matcher.find()) {
                references.add(matcher.group(1));
            }
        }
        return references;
    }

    /** Service to the variables docs/service-apis.md's configuration table gives it. */
    static Map<String, Set<String>> contract() {
        String doc = SecretSources.read(Manifests.root().resolve("docs/service-apis.md"));
        Map<String, Set<String>> contract = new LinkedHashMap<>();
        Manifests.SERVICES.forEach(s -> contract.put(s, new TreeSet<>()));
        Pattern variable = Pattern.compile("`([A-Z][A-Z0-9_]*)`");
        for (String line : doc.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            List<String> variables = new ArrayList<>();
            Matcher matcher = variable.matcher(cells[1]);
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
            String services = cells[2].strip();
            for (String service : Manifests.SERVICES) {
                boolean applies = services.equals("all")
                        || List.of(services.split("\\s*,\\s*"))
                                .contains(CONTRACT_NAMES.get(service));
                if (applies) {
                    contract.get(service).addAll(variables);
                }
            }
        }
        contract.forEach(
                (service, variables) -> assertFalse(
                        variables.isEmpty(),
                        "docs/service-apis.md's configuration table names no variable for "
                                + service));
        return contract;
    }
}
