package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.list;
import static io.onme.system.k8s.Manifests.map;
import static io.onme.system.k8s.Manifests.name;
import static io.onme.system.k8s.Manifests.stringList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NetworkPolicies of both overlays, read as a CNI would: deny by default, every selector
 * selects pods that exist, and the allowed connections are exactly the call graph — the ingress
 * controller reaches the gateway, the gateway the three services, journal-service scoring-service
 * and playbook-service (erasures), each service its own store and nothing else.
 */
class NetworkPolicyManifestTest {

    private static final String INGRESS_NAMESPACE = "ingress-nginx";

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void aDefaultDenyCoversEveryPodInBothDirections(String overlay) {
        boolean defaultDeny = Manifests.of(overlay)
                .ofKind("NetworkPolicy")
                .anyMatch(
                        p -> {
                            Map<String, Object> spec = map(p, "spec");
                            return map(spec, "podSelector").isEmpty()
                                    && stringList(spec, "policyTypes")
                                            .containsAll(List.of("Ingress", "Egress"))
                                    && list(spec, "ingress").isEmpty()
                                    && list(spec, "egress").isEmpty();
                        });
        assertTrue(
                defaultDeny,
                overlay
                        + ": no default-deny NetworkPolicy (podSelector {}, Ingress and Egress, no rules)");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyPolicyAndEveryInNamespacePeerSelectsPodsThatExist(String overlay) {
        Manifests m = Manifests.of(overlay);
        List<Manifests.PodLabels> pods = m.pods();
        List<String> problems = new ArrayList<>();
        m.ofKind("NetworkPolicy")
                .forEach(
                        p -> {
                            Map<String, Object> spec = map(p, "spec");
                            Map<String, Object> selector = map(spec, "podSelector");
                            if (pods.stream()
                                    .noneMatch(pod -> Manifests.selects(selector, pod.labels()))) {
                                problems.add(
                                        name(p) + ": podSelector " + selector + " selects no pod");
                            }
                            for (String direction : List.of("ingress", "egress")) {
                                for (Map<String, Object> rule : list(spec, direction)) {
                                    for (Map<String, Object> peer : list(
                                            rule,
                                            direction.equals("ingress") ? "from" : "to")) {
                                        if (peer.containsKey("podSelector")
                                                && !peer.containsKey("namespaceSelector")) {
                                            Map<String, Object> peerSelector = map(peer, "podSelector");
                                            if (pods.stream()
                                                    .noneMatch(
                                                            pod -> Manifests.selects(
                                                                    peerSelector,
                                                                    pod.labels()))) {
                                                problems.add(
                                                        name(p)
                                                                + ": "
                                                                + direction
                                                                + " peer "
                                                                + peerSelector
                                                                + " selects no pod");
                                            }
                                        }
                                    }
                                }
                            }
                        });
        assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theCallGraphIsAllowed(String overlay) {
        Network net = new Network(Manifests.of(overlay));
        Endpoint ingressController = Endpoint.foreign(
                INGRESS_NAMESPACE, Map.of("app.kubernetes.io/name", "ingress-nginx"));
        Endpoint gateway = net.service("gateway");
        Endpoint playbook = net.service("playbook-service");
        Endpoint journal = net.service("journal-service");
        Endpoint scoring = net.service("scoring-service");

        net.assertAllowed(ingressController, gateway, 8080, "TCP");
        net.assertAllowed(gateway, playbook, 8080, "TCP");
        net.assertAllowed(gateway, journal, 8080, "TCP");
        net.assertAllowed(gateway, scoring, 8080, "TCP");
        net.assertAllowed(journal, scoring, 8080, "TCP");
        net.assertAllowed(journal, playbook, 8080, "TCP");

        Endpoint dns = Endpoint.foreign("kube-system", Map.of("k8s-app", "kube-dns"));
        for (Endpoint service : List.of(gateway, playbook, journal, scoring)) {
            net.assertAllowed(service, dns, 53, "UDP");
            net.assertAllowed(service, dns, 53, "TCP");
            net.assertAllowed(
                    Endpoint.foreign("monitoring", Map.of("app.kubernetes.io/name", "prometheus")),
                    service,
                    8080,
                    "TCP");
        }

        Stores stores = net.stores();
        net.assertAllowed(playbook, stores.playbookDb, 5432, "TCP");
        net.assertAllowed(scoring, stores.scoringDb, 5432, "TCP");
        net.assertAllowed(journal, stores.mongodb, 27017, "TCP");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everythingOffTheCallGraphIsDenied(String overlay) {
        Network net = new Network(Manifests.of(overlay));
        Endpoint ingressController = Endpoint.foreign(
                INGRESS_NAMESPACE, Map.of("app.kubernetes.io/name", "ingress-nginx"));
        Endpoint stranger = Endpoint.foreign("some-other-team", Map.of("app", "curious"));
        Endpoint gateway = net.service("gateway");
        Endpoint playbook = net.service("playbook-service");
        Endpoint journal = net.service("journal-service");
        Endpoint scoring = net.service("scoring-service");
        Stores stores = net.stores();

        for (Endpoint internal : List.of(playbook, journal, scoring)) {
            net.assertDenied(ingressController, internal, 8080, "TCP");
            net.assertDenied(internal, gateway, 8080, "TCP");
        }
        net.assertDenied(stranger, gateway, 8080, "TCP");
        net.assertDenied(playbook, journal, 8080, "TCP");
        net.assertDenied(playbook, scoring, 8080, "TCP");
        net.assertDenied(scoring, journal, 8080, "TCP");
        net.assertDenied(scoring, playbook, 8080, "TCP");

        // each service reaches its own store only; the gateway and strangers none
        net.assertDenied(gateway, stores.playbookDb, 5432, "TCP");
        net.assertDenied(gateway, stores.mongodb, 27017, "TCP");
        net.assertDenied(journal, stores.playbookDb, 5432, "TCP");
        net.assertDenied(journal, stores.scoringDb, 5432, "TCP");
        net.assertDenied(playbook, stores.mongodb, 27017, "TCP");
        net.assertDenied(scoring, stores.mongodb, 27017, "TCP");
        net.assertDenied(ingressController, stores.playbookDb, 5432, "TCP");
        net.assertDenied(stranger, stores.mongodb, 27017, "TCP");
        net.assertDenied(stranger, stores.scoringDb, 5432, "TCP");
        if (stores.playbookDb != stores.scoringDb) { // prod: a database per service, on its own pods
            net.assertDenied(playbook, stores.scoringDb, 5432, "TCP");
            net.assertDenied(scoring, stores.playbookDb, 5432, "TCP");
        }
        // the services speak HTTP on 8080 and nothing else inside the namespace
        net.assertDenied(gateway, playbook, 5005, "TCP");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void onlyProdsServicesReachTheIdentityProviderOutsideTheCluster(String overlay) {
        Network net = new Network(Manifests.of(overlay));
        for (String name : Manifests.SERVICES) {
            Endpoint service = net.service(name);
            if (overlay.equals("prod")) {
                net.assertAllowed(
                        service, Endpoint.EXTERNAL, 443, "TCP"); // the identity provider's JWKS
            } else {
                // dev verifies with the mounted development key: no internet egress at all
                net.assertDenied(service, Endpoint.EXTERNAL, 443, "TCP");
            }
            net.assertDenied(service, Endpoint.EXTERNAL, 80, "TCP");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void onlyProdsServicesExportTracesAndOnlyToTheCollectorsNamespace(String overlay) {
        Network net = new Network(Manifests.of(overlay));
        Endpoint collector = Endpoint.foreign(
                "observability",
                Map.of("app.kubernetes.io/name", "opentelemetry-collector"));
        Endpoint elsewhere = Endpoint.foreign("some-other-team", Map.of("app", "opentelemetry-collector"));
        for (String name : Manifests.SERVICES) {
            Endpoint service = net.service(name);
            if (overlay.equals("prod")) {
                net.assertAllowed(service, collector, 4317, "TCP");
            } else {
                net.assertDenied(service, collector, 4317, "TCP");
            }
            net.assertDenied(service, elsewhere, 4317, "TCP");
            net.assertDenied(service, collector, 4318, "TCP");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod" })
    void certManagersHttp01SolverIsReachableFromTheIngressController(String overlay) {
        Manifests m = Manifests.of(overlay);
        Network net = new Network(m);
        Endpoint solver = net.pod(Manifests.ACME_SOLVER);
        net.assertAllowed(
                Endpoint.foreign(
                        INGRESS_NAMESPACE, Map.of("app.kubernetes.io/name", "ingress-nginx")),
                solver,
                8089,
                "TCP");
        net.assertDenied(
                Endpoint.foreign("some-other-team", Map.of("app", "curious")), solver, 8089, "TCP");
        net.assertDenied(
                Endpoint.foreign(
                        INGRESS_NAMESPACE, Map.of("app.kubernetes.io/name", "ingress-nginx")),
                solver,
                8080,
                "TCP");
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod" })
    void theMongoDbBackupReadsTheReplicaSetAndWritesToTheObjectStoreOnly(String overlay) {
        Network net = new Network(Manifests.of(overlay));
        Stores stores = net.stores();
        Endpoint backup = net.pod("CronJob/journal-mongodb-backup");
        net.assertAllowed(backup, stores.mongodb, 27017, "TCP");
        net.assertAllowed(backup, Endpoint.EXTERNAL, 443, "TCP");
        net.assertDenied(backup, stores.playbookDb, 5432, "TCP");
        net.assertDenied(backup, net.service("scoring-service"), 8080, "TCP");
        net.assertAllowed(
                stores.playbookDb,
                Endpoint.EXTERNAL,
                443,
                "TCP"); // WAL archive to the object store
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod" })
    void theOperatorsStorePodsCanReplicateAndBeManaged(String overlay) {
        Network net = new Network(Manifests.of(overlay));
        Stores stores = net.stores();
        net.assertAllowed(stores.playbookDb, stores.playbookDb, 5432, "TCP");
        net.assertAllowed(stores.scoringDb, stores.scoringDb, 5432, "TCP");
        net.assertAllowed(stores.mongodb, stores.mongodb, 27017, "TCP");
        net.assertDenied(stores.playbookDb, stores.scoringDb, 5432, "TCP");
        net.assertAllowed(
                Endpoint.foreign("cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg")),
                stores.playbookDb,
                8000,
                "TCP");
        net.assertAllowed(stores.scoringDb, Endpoint.EXTERNAL, 443, "TCP"); // the Kubernetes API
    }

    // ---- a small NetworkPolicy evaluator --------------------------------------------------

    /** A pod (namespace and labels), or any address outside the cluster. */
    record Endpoint(String namespace, Map<String, String> labels, boolean external) {

        static final Endpoint EXTERNAL = new Endpoint(null, Map.of(), true);

        static Endpoint foreign(String namespace, Map<String, String> labels) {
            return new Endpoint(namespace, labels, false);
        }
    }

    record Stores(Endpoint playbookDb, Endpoint scoringDb, Endpoint mongodb) {
    }

    static final class Network {
        final Manifests m;
        final String namespace;
        final List<Map<String, Object>> policies;
        final Map<String, Map<String, String>> namespaceLabels = new HashMap<>();

        Network(Manifests m) {
            this.m = m;
            Map<String, Object> ns = m.ofKind("Namespace")
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(
                                    m.overlay
                                            + ": the overlay renders no Namespace"));
            this.namespace = name(ns);
            this.policies = m.ofKind("NetworkPolicy").toList();
            policies.forEach(
                    p -> assertEquals(
                            namespace,
                            map(p, "metadata").get("namespace"),
                            m.overlay
                                    + ": NetworkPolicy "
                                    + name(p)
                                    + " is not in namespace "
                                    + namespace));
        }

        Endpoint service(String name) {
            return new Endpoint(namespace, m.deployment(name).podLabels(), false);
        }

        Endpoint pod(String owner) {
            return m.pods().stream()
                    .filter(p -> p.owner().equals(owner))
                    .findFirst()
                    .map(p -> new Endpoint(namespace, p.labels(), false))
                    .orElseThrow(() -> new AssertionError(m.overlay + ": no pods of " + owner));
        }

        Stores stores() {
            if (m.find("StatefulSet", "postgres").isPresent()) {
                Endpoint postgres = pod("StatefulSet/postgres");
                return new Stores(postgres, postgres, pod("StatefulSet/mongodb"));
            }
            return new Stores(
                    pod("CNPG Cluster/playbook-db"),
                    pod("CNPG Cluster/scoring-db"),
                    pod("MongoDBCommunity/journal-mongodb"));
        }

        void assertAllowed(Endpoint from, Endpoint to, int port, String protocol) {
            assertTrue(
                    allowed(from, to, port, protocol),
                    m.overlay
                            + ": "
                            + describe(from)
                            + " -> "
                            + describe(to)
                            + " "
                            + port
                            + "/"
                            + protocol
                            + " must be allowed");
        }

        void assertDenied(Endpoint from, Endpoint to, int port, String protocol) {
            assertFalse(
                    allowed(from, to, port, protocol),
                    m.overlay
                            + ": "
                            + describe(from)
                            + " -> "
                            + describe(to)
                            + " "
                            + port
                            + "/"
                            + protocol
                            + " must be denied");
        }

        private String describe(Endpoint e) {
            return e.external() ? "outside the cluster" : e.namespace() + "/" + e.labels();
        }

        boolean allowed(Endpoint from, Endpoint to, int port, String protocol) {
            return permits(from, to, "Egress", port, protocol)
                    && permits(to, from, "Ingress", port, protocol);
        }

        /**
         * Whether the policies of `subject`'s namespace let it exchange with `peer` in this
         * direction.
         */
        private boolean permits(
                Endpoint subject, Endpoint peer, String type, int port, String protocol) {
            if (subject.external() || !namespace.equals(subject.namespace())) {
                return true; // not governed by this overlay's policies
            }
            List<Map<String, Object>> applicable = policies.stream()
                    .filter(
                            p -> Manifests.selects(
                                    map(p, "spec", "podSelector"),
                                    subject.labels()))
                    .filter(p -> policyTypes(p).contains(type))
                    .toList();
            if (applicable.isEmpty()) {
                return true; // not isolated in this direction
            }
            String rulesKey = type.equals("Ingress") ? "ingress" : "egress";
            String peersKey = type.equals("Ingress") ? "from" : "to";
            for (Map<String, Object> policy : applicable) {
                for (Map<String, Object> rule : list(map(policy, "spec"), rulesKey)) {
                    if (portMatches(rule, port, protocol) && peersMatch(rule, peersKey, peer)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static List<String> policyTypes(Map<String, Object> policy) {
            Map<String, Object> spec = map(policy, "spec");
            List<String> declared = stringList(spec, "policyTypes");
            if (!declared.isEmpty()) {
                return declared;
            }
            return spec.containsKey("egress") ? List.of("Ingress", "Egress") : List.of("Ingress");
        }

        private static boolean portMatches(Map<String, Object> rule, int port, String protocol) {
            List<Map<String, Object>> ports = list(rule, "ports");
            if (ports.isEmpty()) {
                return true;
            }
            return ports.stream()
                    .anyMatch(
                            p -> String.valueOf(p.getOrDefault("protocol", "TCP"))
                                    .equals(protocol)
                                    && (p.get("port") == null
                                            || Integer.valueOf(port).equals(p.get("port"))
                                            || (p.get("endPort") instanceof Integer end
                                                    && p.get("port") instanceof Integer start
                                                    && port >= start
                                                    && port <= end)));
        }

        private boolean peersMatch(Map<String, Object> rule, String peersKey, Endpoint peer) {
            if (!rule.containsKey(peersKey) || list(rule, peersKey).isEmpty()) {
                return true; // all sources or destinations
            }
            for (Map<String, Object> p : list(rule, peersKey)) {
                if (p.containsKey("ipBlock")) {
                    // Whether ipBlocks also match pod IPs depends on the CNI; assume they do
                    // (stricter).
                    if (!String.valueOf(map(p, "ipBlock").get("cidr")).isBlank()) {
                        return true;
                    }
                    continue;
                }
                if (peer.external()) {
                    continue;
                }
                boolean namespaceOk = p.containsKey("namespaceSelector")
                        ? Manifests.selects(
                                map(p, "namespaceSelector"),
                                labelsOfNamespace(peer.namespace()))
                        : namespace.equals(peer.namespace());
                boolean podOk = !p.containsKey("podSelector")
                        || Manifests.selects(map(p, "podSelector"), peer.labels());
                if (namespaceOk && podOk) {
                    return true;
                }
            }
            return false;
        }

        private Map<String, String> labelsOfNamespace(String ns) {
            return namespaceLabels.computeIfAbsent(
                    ns,
                    n -> {
                        Map<String, String> labels = new HashMap<>();
                        if (n.equals(namespace)) {
                            m.ofKind("Namespace")
                                    .findFirst()
                                    .ifPresent(
                                            r -> labels.putAll(WorkloadManifestTest.labelsOf(r)));
                        }
                        labels.put("kubernetes.io/metadata.name", n);
                        return labels;
                    });
        }
    }
}
