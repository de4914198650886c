package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.list;
import static io.onme.system.k8s.Manifests.map;
import static io.onme.system.k8s.Manifests.name;
import static io.onme.system.k8s.Manifests.stringList;
import static io.onme.system.k8s.Manifests.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.onme.system.k8s.Manifests.Workload;

/** What makes each overlay what it is: prod's high availability and operators, dev's simplicity. */
class OverlayTest {

    // ---- prod --------------------------------------------------------------------------------

    @Test
    void prodAutoscalesEveryServiceFromAtLeastTwoReplicasAndLetsTheAutoscalerOwnTheCount() {
        Manifests prod = Manifests.of("prod");
        for (String service : Manifests.SERVICES) {
            Map<String, Object> hpa = prod.ofKind("HorizontalPodAutoscaler")
                    .filter(
                            h -> service.equals(
                                    map(h, "spec", "scaleTargetRef").get("name")))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(
                                    "prod: no HorizontalPodAutoscaler for "
                                            + service));
            Map<String, Object> spec = map(hpa, "spec");
            assertEquals("autoscaling/v2", hpa.get("apiVersion"));
            assertEquals("Deployment", map(spec, "scaleTargetRef").get("kind"));
            int min = (Integer) spec.get("minReplicas");
            int max = (Integer) spec.get("maxReplicas");
            assertTrue(
                    min >= 2,
                    "prod: " + service + " minReplicas " + min + " is not highly available");
            assertTrue(
                    max > min,
                    "prod: " + service + " maxReplicas " + max + " leaves no room to scale");
            assertFalse(list(spec, "metrics").isEmpty(), "prod: " + service + " HPA has no metric");
            assertNull(
                    map(prod.deployment(service).resource(), "spec").get("replicas"),
                    "prod: Deployment "
                            + service
                            + " sets replicas, which every apply would reset under its HPA");
        }
        assertTrue(
                (Integer) map(hpaOf(prod, "gateway"), "spec").get("minReplicas") >= 3,
                "prod: the public gateway runs at least three replicas");
    }

    @Test
    void prodHasAPodDisruptionBudgetForEveryServiceAndForTheMongoDbReplicaSet() {
        Manifests prod = Manifests.of("prod");
        List<Manifests.PodLabels> pods = prod.pods();
        for (String service : Manifests.SERVICES) {
            Map<String, String> labels = prod.deployment(service).podLabels();
            List<Map<String, Object>> budgets = prod.ofKind("PodDisruptionBudget")
                    .filter(p -> Manifests.selects(map(p, "spec", "selector"), labels))
                    .toList();
            assertEquals(1, budgets.size(), "prod: PodDisruptionBudgets covering " + service);
            Map<String, Object> spec = map(budgets.get(0), "spec");
            assertTrue(
                    Integer.valueOf(1).equals(spec.get("maxUnavailable"))
                            || spec.get("minAvailable") != null,
                    "prod: the PDB of " + service + " must bound disruptions");
        }
        prod.ofKind("PodDisruptionBudget")
                .forEach(
                        p -> assertTrue(
                                pods.stream()
                                        .anyMatch(
                                                pod -> Manifests.selects(
                                                        map(p, "spec", "selector"),
                                                        pod.labels())),
                                "prod: PodDisruptionBudget "
                                        + name(p)
                                        + " selects no pod"));
        assertTrue(
                prod.ofKind("PodDisruptionBudget")
                        .anyMatch(
                                p -> "journal-mongodb-svc"
                                        .equals(
                                                strings(
                                                        map(
                                                                p,
                                                                "spec",
                                                                "selector",
                                                                "matchLabels"))
                                                        .get("app"))),
                "prod: no PodDisruptionBudget for the MongoDB replica set's pods");
    }

    @Test
    void prodSpreadsEveryServiceOverNodesAndZones() {
        Manifests prod = Manifests.of("prod");
        for (String service : Manifests.SERVICES) {
            Workload w = prod.deployment(service);
            List<Map<String, Object>> spread = list(w.podSpec(), "topologySpreadConstraints");
            Set<String> keys = spread.stream()
                    .filter(c -> Manifests.selects(map(c, "labelSelector"), w.podLabels()))
                    .filter(c -> !map(c, "labelSelector").isEmpty())
                    .map(c -> (String) c.get("topologyKey"))
                    .collect(Collectors.toSet());
            boolean antiAffinity = !map(w.podSpec(), "affinity", "podAntiAffinity").isEmpty();
            assertTrue(
                    keys.contains("kubernetes.io/hostname") || antiAffinity,
                    "prod: " + service + " replicas are not kept apart on nodes");
            assertTrue(
                    keys.contains("topology.kubernetes.io/zone"),
                    "prod: " + service + " is not spread over zones");
        }
    }

    /**
     * A spread constraint that counts tainted nodes (control plane, dedicated pools, cordoned
     * nodes) as empty domains holds every other node to one pod under a hard skew, and the HPA
     * stalls: every constraint honours taints, and none is hard per node.
     */
    @Test
    void prodSpreadConstraintsHonourTaintsAndNeverCapAServiceAtOnePodPerNode() {
        Manifests prod = Manifests.of("prod");
        List<String> problems = new ArrayList<>();
        Map<String, List<Map<String, Object>>> constraints = new java.util.LinkedHashMap<>();
        prod.workloads()
                .forEach(
                        w -> constraints.put(
                                w.toString(),
                                list(w.podSpec(), "topologySpreadConstraints")));
        prod.ofKind("Cluster")
                .forEach(
                        c -> constraints.put(
                                "Cluster/" + name(c),
                                list(map(c, "spec"), "topologySpreadConstraints")));
        prod.ofKind("MongoDBCommunity")
                .forEach(
                        mdb -> constraints.put(
                                "MongoDBCommunity/" + name(mdb),
                                list(
                                        map(
                                                mdb,
                                                "spec",
                                                "statefulSet",
                                                "spec",
                                                "template",
                                                "spec"),
                                        "topologySpreadConstraints")));
        constraints.forEach(
                (owner, list) -> list.forEach(
                        c -> {
                            if (!"Honor".equals(c.get("nodeTaintsPolicy"))) {
                                problems.add(
                                        owner
                                                + ": "
                                                + c.get("topologyKey")
                                                + " constraint without nodeTaintsPolicy: Honor");
                            }
                            if ("kubernetes.io/hostname".equals(c.get("topologyKey"))
                                    && !"ScheduleAnyway"
                                            .equals(c.get("whenUnsatisfiable"))) {
                                problems.add(
                                        owner
                                                + ": a hard per-node spread caps replicas at the schedulable nodes");
                            }
                        }));
        assertTrue(
                constraints.values().stream().mapToInt(List::size).sum() >= 10,
                "prod: too few spread constraints found");
        assertTrue(problems.isEmpty(), "prod:\n" + String.join("\n", problems));
    }

    @Test
    void prodRunsPostgresThroughCloudNativePgWithOneClusterPerServiceBootstrappedWithTheServicesSecret() {
        Manifests prod = Manifests.of("prod");
        for (String service : List.of("playbook-service", "scoring-service")) {
            String database = service.replace("-service", "");
            Map<String, Object> cluster = prod.get("Cluster", database + "-db");
            assertEquals("postgresql.cnpg.io/v1", cluster.get("apiVersion"));
            Map<String, Object> spec = map(cluster, "spec");
            assertTrue(
                    (Integer) spec.get("instances") >= 3,
                    "prod: " + database + "-db needs a primary and two standbys");
            Map<String, Object> initdb = map(spec, "bootstrap", "initdb");
            assertEquals(database, initdb.get("database"));
            assertEquals(database, initdb.get("owner"));

            Workload deployment = prod.deployment(service);
            Map<String, Object> userRef = secretRef(deployment, "DB_USER");
            assertEquals(
                    map(initdb, "secret").get("name"),
                    userRef.get("name"),
                    "prod: "
                            + service
                            + " must log in with the credentials its Cluster was bootstrapped with");
            assertEquals(userRef.get("name"), secretRef(deployment, "DB_PASSWORD").get("name"));

            String url = configValue(prod, deployment, "DB_URL");
            assertTrue(
                    url.startsWith("jdbc:postgresql://" + database + "-db-rw:5432/" + database),
                    "prod: "
                            + service
                            + " DB_URL must point at its Cluster's read-write Service, not "
                            + url);
        }
    }

    @Test
    void prodRunsMongoDbAsAThreeMemberReplicaSetWhoseConnectionStringJournalReadsWithMajorityWrites() {
        Manifests prod = Manifests.of("prod");
        Map<String, Object> mdb = prod.ofKind("MongoDBCommunity")
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("prod: no MongoDBCommunity resource"));
        Map<String, Object> spec = map(mdb, "spec");
        assertEquals("mongodbcommunity.mongodb.com/v1", mdb.get("apiVersion"));
        assertEquals("ReplicaSet", spec.get("type"));
        assertEquals(3, spec.get("members"));
        assertTrue(stringList(map(spec, "security", "authentication"), "modes").contains("SCRAM"));
        assertEquals(
                "majority",
                String.valueOf(map(spec, "additionalConnectionStringConfig").get("w")),
                "prod: the connection string must ask for w=majority");

        Map<String, Object> user = list(spec, "users").get(0);
        assertTrue(
                list(user, "roles").stream().allMatch(r -> "journal".equals(r.get("db"))),
                "prod: the journal user's roles must be limited to the journal database");
        Map<String, Object> urlRef = secretRef(prod.deployment("journal-service"), "MONGODB_URL");
        assertEquals(
                user.get("connectionStringSecretName"),
                urlRef.get("name"),
                "prod: journal-service must read the connection string the operator writes");
        assertEquals("connectionString.standard", urlRef.get("key"));
        assertEquals(
                "journal",
                configValue(prod, prod.deployment("journal-service"), "MONGODB_DATABASE"));
    }

    @Test
    void prodVerifiesTokensAgainstTheIdentityProvidersJwksOverHttps() {
        Manifests prod = Manifests.of("prod");
        for (String service : Manifests.SERVICES) {
            Workload w = prod.deployment(service);
            String jwks = configValue(prod, w, "JWT_VERIFY_KEY_LOCATION");
            String issuer = configValue(prod, w, "JWT_ISSUER");
            assertTrue(
                    jwks.startsWith("https://") && jwks.contains("certs")
                            || jwks.endsWith("jwks.json"),
                    "prod: "
                            + service
                            + " JWT_VERIFY_KEY_LOCATION must be the provider's JWKS URL, not "
                            + jwks);
            assertTrue(
                    issuer.startsWith("https://") && jwks.startsWith(issuer),
                    "prod: the JWKS URL " + jwks + " should belong to the issuer " + issuer);
        }
    }

    @Test
    void prodPublishesOnlyTheGatewaysGraphqlEndpointOverTls() {
        Manifests prod = Manifests.of("prod");
        List<Map<String, Object>> ingresses = prod.ofKind("Ingress").toList();
        assertEquals(1, ingresses.size(), "prod: one Ingress, for the gateway");
        Map<String, Object> spec = map(ingresses.get(0), "spec");
        Map<String, Object> rule = list(spec, "rules").get(0);
        Map<String, Object> tls = list(spec, "tls").get(0);
        assertTrue(
                stringList(tls, "hosts").contains(rule.get("host")),
                "prod: the Ingress host is not covered by TLS");
        assertFalse(String.valueOf(tls.get("secretName")).isBlank());
        for (Map<String, Object> path : list(map(rule, "http"), "paths")) {
            assertEquals("gateway", map(path, "backend", "service").get("name"));
            assertEquals("/graphql", path.get("path"));
        }
    }

    @Test
    void prodTakesEverySecretFromExternalSecretsOrTheOperators() {
        Manifests prod = Manifests.of("prod");
        assertEquals(
                0,
                prod.ofKind("Secret").count(),
                "prod: Secrets must not be committed in the manifests");
        prod.ofKind("ExternalSecret")
                .forEach(
                        e -> {
                            assertTrue(
                                    String.valueOf(e.get("apiVersion"))
                                            .startsWith("external-secrets.io/"));
                            assertFalse(
                                    map(e, "spec", "secretStoreRef").isEmpty(),
                                    "ExternalSecret " + name(e) + " has no store");
                        });
    }

    // ---- dev ---------------------------------------------------------------------------------

    @Test
    void devRunsOneSmallReplicaOfEachServiceAndNoAutoscalers() {
        Manifests dev = Manifests.of("dev");
        for (String service : Manifests.SERVICES) {
            Workload w = dev.deployment(service);
            assertEquals(
                    1, map(w.resource(), "spec").get("replicas"), "dev: " + service + " replicas");
            Map<String, Object> limits = map(w.containers().get(0), "resources", "limits");
            assertTrue(
                    WorkloadManifestTest.quantity(limits.get("memory")) <= 512 * 1024 * 1024,
                    "dev: " + service + " memory limit " + limits.get("memory") + " is not small");
        }
        assertEquals(0, dev.ofKind("HorizontalPodAutoscaler").count());
        assertEquals(
                0,
                dev.ofKind("Cluster").count() + dev.ofKind("MongoDBCommunity").count(),
                "dev needs no operators");
    }

    @Test
    void devRunsSingleInstanceStoresWithADatabasePerServiceAndAMongoDbReplicaSet() {
        Manifests dev = Manifests.of("dev");
        Workload postgres = dev.workloads().stream()
                .filter(w -> w.kind().equals("StatefulSet") && w.name().equals("postgres"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("dev: no PostgreSQL StatefulSet"));
        assertEquals(1, map(postgres.resource(), "spec").get("replicas"));
        assertFalse(
                list(map(postgres.resource(), "spec"), "volumeClaimTemplates").isEmpty(),
                "dev PostgreSQL keeps its data");
        String init = dev.ofKind("ConfigMap")
                .filter(c -> name(c).startsWith("postgres-init"))
                .map(c -> String.valueOf(map(c, "data").get("init-databases.sh")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("dev: no PostgreSQL init script"));
        assertTrue(
                init.contains("create_database playbook")
                        && init.contains("create_database scoring"),
                "dev: the init script must create the playbook and scoring databases");
        for (String service : List.of("playbook-service", "scoring-service")) {
            String database = service.replace("-service", "");
            assertEquals(
                    "jdbc:postgresql://postgres:5432/" + database,
                    configValue(dev, dev.deployment(service), "DB_URL"),
                    "dev: " + service + " DB_URL");
        }

        Workload mongodb = dev.workloads().stream()
                .filter(w -> w.kind().equals("StatefulSet") && w.name().equals("mongodb"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("dev: no MongoDB StatefulSet"));
        assertTrue(
                stringList(mongodb.containers().get(0), "command").contains("--replSet=rs0"),
                "dev: MongoDB must run as a replica set for w=majority");
        String postStart = String.join(
                " ",
                stringList(
                        map(mongodb.containers().get(0), "lifecycle", "postStart", "exec"),
                        "command"));
        assertTrue(
                postStart.contains("rs.initiate") && postStart.contains("NotYetInitialized"),
                "dev: the MongoDB member must initiate rs0 itself, idempotently (postStart hook)");
        String script = SecretSources.read(Manifests.root().resolve("k8s/overlays/dev/create-secrets.sh"));
        assertTrue(
                script.contains("replicaSet=rs0") && script.contains("w=majority"),
                "dev: journal's connection string must name the replica set and w=majority");
    }

    /**
     * `kubectl apply -k` must work again after any change: a Job's pod template is immutable, so a
     * Job (other than one a CronJob makes) makes the overlay fail to re-apply once it changes.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theOverlayCanBeReappliedAfterAChange(String overlay) {
        List<String> jobs = Manifests.of(overlay).ofKind("Job").map(Manifests::name).toList();
        assertTrue(
                jobs.isEmpty(),
                overlay
                        + ": Jobs with immutable templates "
                        + jobs
                        + " make `kubectl apply -k` fail after a change; initiate from the workload itself");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void noPlaceholderOfTheBaseSurvivesAnOverlay(String overlay) {
        Manifests.of(overlay)
                .ofKind("ConfigMap")
                .forEach(
                        c -> map(c, "data")
                                .forEach(
                                        (key, value) -> assertFalse(
                                                String.valueOf(value)
                                                        .contains("set-in-overlay"),
                                                overlay
                                                        + ": ConfigMap "
                                                        + name(c)
                                                        + " key "
                                                        + key
                                                        + " still has the base placeholder "
                                                        + value)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everythingLandsInTheOverlaysNamespace(String overlay) {
        Manifests m = Manifests.of(overlay);
        String namespace = name(m.ofKind("Namespace").findFirst().orElseThrow());
        m.resources.stream()
                .filter(r -> !"Namespace".equals(r.get("kind")))
                .forEach(
                        r -> assertEquals(
                                namespace,
                                map(r, "metadata").get("namespace"),
                                overlay
                                        + ": "
                                        + r.get("kind")
                                        + " "
                                        + name(r)
                                        + " namespace"));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Map<String, Object> hpaOf(Manifests m, String deployment) {
        return m.ofKind("HorizontalPodAutoscaler")
                .filter(h -> deployment.equals(map(h, "spec", "scaleTargetRef").get("name")))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> env(Workload w, String variable) {
        return list(w.containers().get(0), "env").stream()
                .filter(e -> variable.equals(e.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(w + " does not set " + variable));
    }

    private static Map<String, Object> secretRef(Workload w, String variable) {
        Map<String, Object> ref = map(env(w, variable), "valueFrom", "secretKeyRef");
        assertFalse(ref.isEmpty(), w + " must take " + variable + " from a Secret");
        return ref;
    }

    /** The value a variable gets from its ConfigMap in the rendered overlay. */
    private static String configValue(Manifests m, Workload w, String variable) {
        Map<String, Object> ref = map(env(w, variable), "valueFrom", "configMapKeyRef");
        assertFalse(ref.isEmpty(), w + " must take " + variable + " from a ConfigMap");
        return String.valueOf(
                map(m.get("ConfigMap", (String) ref.get("name")), "data").get(ref.get("key")));
    }
}
