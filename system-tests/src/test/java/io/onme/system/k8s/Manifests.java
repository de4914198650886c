package io.onme.system.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One kustomize overlay rendered exactly as an operator would render it ({@code kubectl kustomize
 * k8s/overlays/<name>}), parsed into plain maps, with the lookups the manifest tests share. Renders
 * once per overlay per test run.
 */
final class Manifests {

    /** The four OnMe services: Deployment, Service, container and image name, and Maven module. */
    static final List<String> SERVICES = List.of("gateway", "playbook-service", "journal-service", "scoring-service");

    /** The owner name of cert-manager's ACME HTTP-01 solver pods in {@link #pods()}. */
    static final String ACME_SOLVER = "cert-manager HTTP-01 solver";

    /** For copies of parsed resources (Jackson's convertValue). */
    static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> MAP_TYPE = new com.fasterxml.jackson.core.type.TypeReference<>() {
    };

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    final String overlay;
    final List<Map<String, Object>> resources;

    private Manifests(String overlay, List<Map<String, Object>> resources) {
        this.overlay = overlay;
        this.resources = resources;
    }

    static Manifests of(String overlay) {
        return RENDERED.computeIfAbsent(
                overlay, o -> render(o, root().resolve("k8s/overlays").resolve(o)));
    }

    /** An optional kustomize Component (k8s/components/<name>) rendered on its own. */
    static Manifests ofComponent(String component) {
        return RENDERED.computeIfAbsent(
                "component " + component,
                c -> render(c, root().resolve("k8s/components").resolve(component)));
    }

    /**
     * The repository root. Surefire runs with the module directory (system-tests) as working
     * directory and does not set {@code onme.root} (only failsafe does), so the root is its parent.
     */
    static Path root() {
        String property = System.getProperty("onme.root");
        Path root = property != null && !property.isBlank()
                ? Path.of(property)
                : Path.of("").toAbsolutePath().getParent();
        root = root.toAbsolutePath().normalize();
        assertTrue(
                Files.isDirectory(root.resolve("k8s"))
                        && Files.isRegularFile(root.resolve("pom.xml")),
                "cannot find the repository root (with k8s/ and pom.xml) at " + root);
        return root;
    }

    static Path kubectl() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "kubectl"));
            }
        }
        candidates.add(Path.of("/usr/bin/kubectl"));
        candidates.add(Path.of("/usr/local/bin/kubectl"));
        return candidates.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseGet(
                        () -> fail(
                                "kubectl is needed to render the Kubernetes manifests (kubectl kustomize) and was not found "
                                        + "on PATH, in /usr/bin or /usr/local/bin, or in $KUBECTL: install kubectl 1.27 or newer"));
    }

    private static Manifests render(String overlay, Path dir) {
        assertTrue(Files.isRegularFile(dir.resolve("kustomization.yaml")), "no overlay at " + dir);
        List<String> command = List.of(kubectl().toString(), "kustomize", dir.toString());
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            CompletableFuture<String> stdout = readAsync(process.getInputStream());
            CompletableFuture<String> stderr = readAsync(process.getErrorStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in 120 s");
            }
            String yaml = stdout.join();
            assertEquals(
                    0,
                    process.exitValue(),
                    String.join(" ", command) + " failed:\n" + stderr.join());
            List<Map<String, Object>> resources = new ArrayList<>();
            Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
            for (Object document : parser.loadAll(yaml)) {
                if (document instanceof Map<?, ?> map) {
                    resources.add(cast(map));
                }
            }
            assertTrue(!resources.isEmpty(), "overlay " + overlay + " rendered nothing");
            return new Manifests(overlay, Collections.unmodifiableList(resources));
        } catch (IOException e) {
            throw new UncheckedIOException("running " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> readAsync(InputStream in) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (in) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    // ---- lookups -------------------------------------------------------------------------

    Stream<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind")));
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).filter(r -> name.equals(name(r))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseGet(() -> fail(overlay + ": no " + kind + " named " + name));
    }

    /** Deployments, StatefulSets, DaemonSets, Jobs and CronJobs: everything with a pod template. */
    List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        for (Map<String, Object> r : resources) {
            String kind = (String) r.get("kind");
            if (List.of("Deployment", "StatefulSet", "DaemonSet", "Job").contains(kind)) {
                workloads.add(new Workload(kind, name(r), r, map(r, "spec", "template")));
            } else if ("CronJob".equals(kind)) {
                workloads.add(
                        new Workload(
                                kind,
                                name(r),
                                r,
                                map(r, "spec", "jobTemplate", "spec", "template")));
            }
        }
        return workloads;
    }

    Workload deployment(String name) {
        return workloads().stream()
                .filter(w -> w.kind.equals("Deployment") && w.name.equals(name))
                .findFirst()
                .orElseGet(() -> fail(overlay + ": no Deployment " + name));
    }

    /**
     * The labels of every pod this overlay leads to: the pod templates it renders, plus the pods
     * the operators create for its custom resources, with the labels those operators document
     * (CloudNativePG: {@code cnpg.io/cluster=<Cluster>}; MongoDB Community Operator: {@code
     * app=<name>-svc}).
     */
    List<PodLabels> pods() {
        List<PodLabels> pods = new ArrayList<>();
        for (Workload w : workloads()) {
            pods.add(new PodLabels(w.kind + "/" + w.name, w.podLabels()));
        }
        ofKind("Cluster")
                .filter(r -> String.valueOf(r.get("apiVersion")).startsWith("postgresql.cnpg.io/"))
                .forEach(
                        c -> pods.add(
                                new PodLabels(
                                        "CNPG Cluster/" + name(c),
                                        Map.of(
                                                "cnpg.io/cluster",
                                                name(c),
                                                "cnpg.io/podRole",
                                                "instance"))));
        ofKind("MongoDBCommunity")
                .forEach(
                        m -> pods.add(
                                new PodLabels(
                                        "MongoDBCommunity/" + name(m),
                                        Map.of("app", name(m) + "-svc"))));
        // cert-manager answers an Ingress' ACME HTTP-01 challenge from a solver pod in its
        // namespace
        if (ofKind("Ingress")
                .anyMatch(
                        i -> map(i, "metadata", "annotations").keySet().stream()
                                .anyMatch(
                                        k -> k.equals("cert-manager.io/cluster-issuer")
                                                || k.equals(
                                                        "cert-manager.io/issuer")))) {
            pods.add(
                    new PodLabels(
                            ACME_SOLVER, Map.of("acme.cert-manager.io/http01-solver", "true")));
        }
        return pods;
    }

    // ---- small typed accessors over the parsed YAML --------------------------------------

    record Workload(
            String kind, String name, Map<String, Object> resource, Map<String, Object> template) {

        /** Jobs and CronJobs run to completion: no probes, no Service in front. */
        boolean runsToCompletion() {
            return kind.equals("Job") || kind.equals("CronJob");
        }

        Map<String, Object> podSpec() {
            return map(template, "spec");
        }

        Map<String, String> podLabels() {
            return strings(map(template, "metadata", "labels"));
        }

        Map<String, String> podAnnotations() {
            return strings(map(template, "metadata", "annotations"));
        }

        /** Containers and init containers. */
        List<Map<String, Object>> allContainers() {
            List<Map<String, Object>> all = new ArrayList<>(list(podSpec(), "initContainers"));
            all.addAll(list(podSpec(), "containers"));
            return all;
        }

        List<Map<String, Object>> containers() {
            return list(podSpec(), "containers");
        }

        @Override
        public String toString() {
            return kind + "/" + name;
        }
    }

    record PodLabels(String owner, Map<String, String> labels) {
    }

    static String name(Map<String, Object> resource) {
        return (String) map(resource, "metadata").get("name");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    /** The map at the path, or an empty map when any step is missing. */
    static Map<String, Object> map(Map<String, Object> from, String... path) {
        Object current = from;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> m) || !(m.get(step) instanceof Map<?, ?>)) {
                return Map.of();
            }
            current = m.get(step);
        }
        return cast(current);
    }

    /** The list of maps at the key, or an empty list. */
    static List<Map<String, Object>> list(Map<String, Object> from, String key) {
        Object value = from.get(key);
        if (!(value instanceof List<?> items)) {
            return List.of();
        }
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> m) {
                maps.add(cast(m));
            }
        }
        return maps;
    }

    static List<String> stringList(Map<String, Object> from, String key) {
        Object value = from.get(key);
        if (!(value instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().map(String::valueOf).toList();
    }

    static Map<String, String> strings(Map<String, Object> map) {
        Map<String, String> strings = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> strings.put(k, String.valueOf(v)));
        return strings;
    }

    /**
     * Kubernetes label-selector semantics (matchLabels and matchExpressions; empty selects all).
     */
    static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
        for (Map.Entry<String, String> required : strings(map(selector, "matchLabels")).entrySet()) {
            if (!required.getValue().equals(labels.get(required.getKey()))) {
                return false;
            }
        }
        for (Map<String, Object> expression : list(selector, "matchExpressions")) {
            String key = (String) expression.get("key");
            List<String> values = stringList(expression, "values");
            boolean matches = switch (String.valueOf(expression.get("operator"))) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" ->
                    !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> fail("unknown selector operator in " + expression);
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Service's plain selector (key=value map) against pod labels; an empty one selects nothing.
     */
    static boolean serviceSelects(Map<String, Object> service, Map<String, String> labels) {
        Map<String, String> selector = strings(map(service, "spec", "selector"));
        return !selector.isEmpty()
                && selector.entrySet().stream()
                        .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
