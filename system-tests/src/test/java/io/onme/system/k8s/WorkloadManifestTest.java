package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.list;
import static io.onme.system.k8s.Manifests.map;
import static io.onme.system.k8s.Manifests.name;
import static io.onme.system.k8s.Manifests.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.onme.system.k8s.Manifests.Workload;

/**
 * Every pod both overlays run: probes, resources, the restricted security context, rolling updates,
 * selectors that match, Services in front, and images with a real tag.
 */
class WorkloadManifestTest {

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyServiceRunsAsADeploymentWithItsServiceAndHttpHealthProbes(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (String service : Manifests.SERVICES) {
            Workload deployment = m.deployment(service);
            Map<String, Object> container = deployment.containers().stream()
                    .filter(c -> service.equals(c.get("name")))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(
                                    overlay
                                            + ": "
                                            + deployment
                                            + " has no container "
                                            + service));
            assertEquals(
                    8080,
                    port(container, "http"),
                    overlay + ": " + service + " must listen on 8080 (named http)");
            assertProbe(overlay, service, container, "startupProbe", "/q/health/started");
            assertProbe(overlay, service, container, "readinessProbe", "/q/health/ready");
            assertProbe(overlay, service, container, "livenessProbe", "/q/health/live");

            Map<String, Object> svc = m.get("Service", service);
            Map<String, Object> servicePort = list(map(svc, "spec"), "ports").get(0);
            assertEquals(
                    80,
                    servicePort.get("port"),
                    overlay + ": Service " + service + " exposes port 80");
            assertEquals(
                    "http",
                    servicePort.get("targetPort"),
                    overlay + ": Service " + service + " targets the http port");
            assertTrue(
                    Manifests.serviceSelects(svc, deployment.podLabels()),
                    overlay
                            + ": Service "
                            + service
                            + " does not select the pods of Deployment "
                            + service);

            Map<String, String> annotations = deployment.podAnnotations();
            assertEquals(
                    "true",
                    annotations.get("prometheus.io/scrape"),
                    overlay + ": " + service + " scrape annotation");
            assertEquals(
                    "/q/metrics",
                    annotations.get("prometheus.io/path"),
                    overlay + ": " + service + " metrics path");
            assertEquals(
                    "8080",
                    annotations.get("prometheus.io/port"),
                    overlay + ": " + service + " metrics port");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyLongRunningContainerHasStartupReadinessAndLivenessProbes(String overlay) {
        List<String> missing = new ArrayList<>();
        for (Workload w : Manifests.of(overlay).workloads()) {
            if (w.runsToCompletion()) {
                continue; // nothing to probe
            }
            for (Map<String, Object> c : w.containers()) {
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    if (!(c.get(probe) instanceof Map<?, ?>)) {
                        missing.add(w + " container " + c.get("name") + " has no " + probe);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), overlay + ":\n" + String.join("\n", missing));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyContainerHasCpuAndMemoryRequestsAndLimitsWithLimitsNotBelowRequests(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Workload w : Manifests.of(overlay).workloads()) {
            for (Map<String, Object> c : w.allContainers()) {
                Map<String, Object> resources = map(c, "resources");
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (map(resources, kind).get(resource) == null) {
                            problems.add(
                                    w
                                            + " container "
                                            + c.get("name")
                                            + " has no "
                                            + kind
                                            + "."
                                            + resource);
                        }
                    }
                }
                for (String resource : List.of("cpu", "memory")) {
                    Object request = map(resources, "requests").get(resource);
                    Object limit = map(resources, "limits").get(resource);
                    if (request != null && limit != null && quantity(limit) < quantity(request)) {
                        problems.add(
                                w
                                        + " container "
                                        + c.get("name")
                                        + ": "
                                        + resource
                                        + " limit "
                                        + limit
                                        + " is below its request "
                                        + request);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyContainerRunsNonRootOnAReadOnlyRootWithNoPrivilegesAndAWritableTmp(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Workload w : Manifests.of(overlay).workloads()) {
            Map<String, Object> podSecurity = map(w.podSpec(), "securityContext");
            for (Map<String, Object> c : w.allContainers()) {
                String where = w + " container " + c.get("name") + ": ";
                Map<String, Object> security = map(c, "securityContext");
                if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
                    problems.add(where + "allowPrivilegeEscalation must be false");
                }
                if (!Boolean.TRUE.equals(security.get("readOnlyRootFilesystem"))) {
                    problems.add(where + "readOnlyRootFilesystem must be true");
                }
                if (!List.of("ALL")
                        .equals(Manifests.stringList(map(security, "capabilities"), "drop"))) {
                    problems.add(where + "capabilities must drop [ALL]");
                }
                if (map(security, "capabilities").get("add") != null) {
                    problems.add(where + "adds capabilities");
                }
                Object runAsNonRoot = security.getOrDefault("runAsNonRoot", podSecurity.get("runAsNonRoot"));
                if (!Boolean.TRUE.equals(runAsNonRoot)) {
                    problems.add(where + "runAsNonRoot must be true");
                }
                Object runAsUser = security.getOrDefault("runAsUser", podSecurity.get("runAsUser"));
                if (Integer.valueOf(0).equals(runAsUser)) {
                    problems.add(where + "runs as uid 0");
                }
                Map<String, Object> seccomp = map(security, "seccompProfile").isEmpty()
                        ? map(podSecurity, "seccompProfile")
                        : map(security, "seccompProfile");
                if (!"RuntimeDefault".equals(seccomp.get("type"))) {
                    problems.add(where + "seccompProfile must be RuntimeDefault");
                }
                if (Boolean.TRUE.equals(security.get("privileged"))) {
                    problems.add(where + "is privileged");
                }
                if (!mountsEmptyDirAt(w, c, "/tmp")) {
                    problems.add(
                            where + "needs an emptyDir at /tmp (the root filesystem is read-only)");
                }
            }
            if (Boolean.TRUE.equals(w.podSpec().get("hostNetwork"))
                    || Boolean.TRUE.equals(w.podSpec().get("hostPID"))) {
                problems.add(w + " uses the host's network or PID namespace");
            }
        }
        assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void deploymentsRollOutOnePodAtATimeWithoutLosingCapacity(String overlay) {
        for (Workload w : Manifests.of(overlay).workloads()) {
            if (!w.kind().equals("Deployment")) {
                continue;
            }
            Map<String, Object> strategy = map(w.resource(), "spec", "strategy");
            assertEquals("RollingUpdate", strategy.get("type"), overlay + ": " + w + " strategy");
            Map<String, Object> rolling = map(strategy, "rollingUpdate");
            assertEquals(1, rolling.get("maxSurge"), overlay + ": " + w + " maxSurge");
            assertEquals(0, rolling.get("maxUnavailable"), overlay + ": " + w + " maxUnavailable");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everySelectorMatchesItsPodTemplateAndEveryDeploymentIsBehindAService(String overlay) {
        Manifests m = Manifests.of(overlay);
        List<String> problems = new ArrayList<>();
        for (Workload w : m.workloads()) {
            if (w.runsToCompletion()) {
                continue;
            }
            Map<String, Object> selector = map(w.resource(), "spec", "selector");
            if (selector.isEmpty() || !Manifests.selects(selector, w.podLabels())) {
                problems.add(
                        w
                                + ": selector "
                                + selector
                                + " does not match its pod labels "
                                + w.podLabels());
            }
            boolean served = m.ofKind("Service").anyMatch(s -> Manifests.serviceSelects(s, w.podLabels()));
            if (!served) {
                problems.add(w + ": no Service selects its pods " + w.podLabels());
            }
            if (w.kind().equals("StatefulSet")) {
                String serviceName = (String) map(w.resource(), "spec").get("serviceName");
                if (m.find("Service", Objects.requireNonNullElse(serviceName, "")).isEmpty()) {
                    problems.add(w + ": its governing Service " + serviceName + " does not exist");
                }
            }
        }
        m.ofKind("Service")
                .forEach(
                        s -> {
                            boolean selectsSomething = m.pods().stream()
                                    .anyMatch(p -> Manifests.serviceSelects(s, p.labels()));
                            if (!selectsSomething) {
                                problems.add("Service " + name(s) + " selects no pod");
                            }
                        });
        assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyImageHasAPinnedTagThatIsNotLatest(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Workload w : Manifests.of(overlay).workloads()) {
            for (Map<String, Object> c : w.allContainers()) {
                String image = String.valueOf(c.get("image"));
                if (!hasPinnedTag(image)) {
                    problems.add(w + " container " + c.get("name") + " image " + image);
                }
            }
        }
        Manifests.of(overlay)
                .ofKind("Cluster")
                .forEach(
                        c -> {
                            String image = String.valueOf(map(c, "spec").get("imageName"));
                            if (!hasPinnedTag(image)) {
                                problems.add("Cluster " + name(c) + " imageName " + image);
                            }
                        });
        Manifests.of(overlay)
                .ofKind("MongoDBCommunity")
                .forEach(
                        mdb -> {
                            String version = String.valueOf(map(mdb, "spec").get("version"));
                            if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
                                problems.add(
                                        "MongoDBCommunity "
                                                + name(mdb)
                                                + " version "
                                                + version
                                                + " is not an exact version");
                            }
                        });
        assertTrue(
                problems.isEmpty(),
                overlay
                        + ": images without a pinned tag or with `latest`:\n"
                        + String.join("\n", problems));
    }

    /**
     * Prod runs exactly the images that were released: name:tag@sha256:digest, which
     * k8s/pin-images.sh fills in at release time; dev follows the tags.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void prodPinsEveryImageByDigestAndDevByTag(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Workload w : Manifests.of(overlay).workloads()) {
            for (Map<String, Object> c : w.allContainers()) {
                String image = String.valueOf(c.get("image"));
                boolean digest = image.matches("[^@\\s]+:[^@:/\\s]+@sha256:[0-9a-f]{64}");
                if (overlay.equals("prod") != digest) {
                    problems.add(w + " container " + c.get("name") + " runs " + image);
                }
            }
        }
        assertTrue(
                problems.isEmpty(),
                overlay
                        + (overlay.equals("prod")
                                ? ": images not pinned as name:tag@sha256:<digest>:\n"
                                : ": dev follows tags, without digests:\n")
                        + String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theServicesImagesAreTheOnesTheBaseNamesWithOneVersion(String overlay) {
        Manifests m = Manifests.of(overlay);
        List<String> tags = new ArrayList<>();
        for (String service : Manifests.SERVICES) {
            String image = String.valueOf(m.deployment(service).containers().get(0).get("image"));
            assertTrue(
                    image.startsWith("ghcr.io/onme/" + service + ":"),
                    overlay + ": " + service + " runs " + image);
            String reference = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
            tags.add(reference.substring(reference.lastIndexOf(':') + 1));
        }
        assertEquals(
                1,
                tags.stream().distinct().count(),
                overlay + ": the services run different versions " + tags);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void serviceAccountsDoNotMountApiTokens(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (String service : Manifests.SERVICES) {
            Map<String, Object> pod = m.deployment(service).podSpec();
            assertEquals(
                    service,
                    pod.get("serviceAccountName"),
                    overlay + ": " + service + " service account");
            m.get("ServiceAccount", service);
            assertEquals(
                    Boolean.FALSE,
                    pod.get("automountServiceAccountToken"),
                    overlay + ": " + service + " must not mount a Kubernetes API token");
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    /** name:tag or name@sha256:digest, where the tag is not `latest`. */
    static boolean hasPinnedTag(String image) {
        if (image == null || image.isBlank() || image.equals("null")) {
            return false;
        }
        if (image.contains("@sha256:")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return false; // no tag: the runtime would pull `latest`
        }
        String tag = image.substring(colon + 1);
        return !tag.isBlank() && !tag.equalsIgnoreCase("latest");
    }

    private static int port(Map<String, Object> container, String name) {
        return list(container, "ports").stream()
                .filter(p -> name.equals(p.get("name")))
                .map(p -> (Integer) p.get("containerPort"))
                .findFirst()
                .orElse(-1);
    }

    private static void assertProbe(
            String overlay,
            String service,
            Map<String, Object> container,
            String probe,
            String path) {
        Map<String, Object> httpGet = map(container, probe, "httpGet");
        assertFalse(httpGet.isEmpty(), overlay + ": " + service + " has no HTTP " + probe);
        assertEquals(path, httpGet.get("path"), overlay + ": " + service + " " + probe + " path");
        Object port = httpGet.get("port");
        assertTrue(
                "http".equals(port) || Integer.valueOf(8080).equals(port),
                overlay
                        + ": "
                        + service
                        + " "
                        + probe
                        + " must probe the service port, not "
                        + port);
    }

    private static boolean mountsEmptyDirAt(
            Workload w, Map<String, Object> container, String path) {
        for (Map<String, Object> mount : list(container, "volumeMounts")) {
            if (path.equals(mount.get("mountPath"))) {
                return list(w.podSpec(), "volumes").stream()
                        .anyMatch(
                                v -> Objects.equals(v.get("name"), mount.get("name"))
                                        && v.containsKey("emptyDir"));
            }
        }
        return false;
    }

    /**
     * A Kubernetes quantity in base units (cores, bytes), enough to compare requests and limits.
     */
    static double quantity(Object value) {
        String q = String.valueOf(value).trim();
        Map<String, Double> suffixes = new java.util.LinkedHashMap<>();
        suffixes.put("Ki", 1024d);
        suffixes.put("Mi", 1024d * 1024);
        suffixes.put("Gi", 1024d * 1024 * 1024);
        suffixes.put("Ti", 1024d * 1024 * 1024 * 1024);
        suffixes.put("m", 0.001);
        suffixes.put("k", 1e3);
        suffixes.put("M", 1e6);
        suffixes.put("G", 1e9);
        for (Map.Entry<String, Double> s : suffixes.entrySet()) {
            if (q.endsWith(s.getKey())) {
                return Double.parseDouble(q.substring(0, q.length() - s.getKey().length()))
                        * s.getValue();
            }
        }
        return Double.parseDouble(q);
    }

    static Map<String, String> labelsOf(Map<String, Object> resource) {
        return strings(map(resource, "metadata", "labels"));
    }
}
