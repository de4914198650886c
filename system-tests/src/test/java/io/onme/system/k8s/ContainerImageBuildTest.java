package io.onme.system.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two container builds of every service (JVM and native), read as text: pinned base images, the
 * conventional Quarkus layout, the non-root uid the manifests run as, and a header that says how to
 * build the image the manifests deploy.
 */
class ContainerImageBuildTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");

    static List<String> services() {
        return Manifests.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void theJvmImageRunsTheFastJarAsUid185OnAPinnedJre25(String service) {
        String dockerfile = dockerfile(service, "Dockerfile.jvm");
        List<String> bases = bases(dockerfile);
        assertEquals(1, bases.size(), service + " Dockerfile.jvm: one stage");
        assertPinned(service, bases);
        // Java 25 (the code targets 17): the AOT cache and compact object headers, as the launcher
        assertTrue(
                bases.get(0).contains("openjdk-25-runtime"),
                service + ": the JVM base must be a Java 25 runtime, not " + bases.get(0));
        for (String layer : List.of(
                "quarkus-app/lib/",
                "quarkus-app/app/",
                "quarkus-app/quarkus/",
                // the AOT cache beside the jar when the build made one (app.ao[t] matches
                // nothing, without failing, when it did not)
                "quarkus-app/quarkus-run.jar "
                        + service
                        + "/target/quarkus-app/app.ao[t]")) {
            assertTrue(
                    dockerfile.contains("COPY --chown=185 " + service + "/target/" + layer),
                    service + " Dockerfile.jvm must copy target/" + layer);
        }
        assertTrue(dockerfile.contains("quarkus-run.jar"), service + ": runs quarkus-run.jar");
        assertTrue(
                dockerfile.matches("(?s).*\\nUSER 185\\n.*"),
                service + " Dockerfile.jvm: USER 185");
        assertTrue(dockerfile.contains("EXPOSE 8080"));
        assertTrue(
                dockerfile.contains(
                        "docker build -f "
                                + service
                                + "/src/main/docker/Dockerfile.jvm -t ghcr.io/onme/"
                                + service
                                + ":"
                                + baseTag()),
                service + " Dockerfile.jvm: the header gives the build command");
    }

    @ParameterizedTest
    @MethodSource("services")
    void theNativeImageIsBuiltInTheMandrelBuilderAndRunsOnTheMicroImageAsUid185(String service) {
        String dockerfile = dockerfile(service, "Dockerfile.native-micro");
        List<String> bases = bases(dockerfile);
        assertEquals(
                2,
                bases.size(),
                service + " Dockerfile.native-micro: a builder and a runtime stage");
        assertPinned(service, bases);
        assertTrue(
                bases.get(0).startsWith("quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:"),
                service
                        + ": the native build runs in the Mandrel builder image, not "
                        + bases.get(0));
        assertTrue(
                bases.get(1).startsWith("quay.io/quarkus/ubi9-quarkus-micro-image:")
                        || bases.get(1).startsWith("quay.io/quarkus/quarkus-micro-image:"),
                service
                        + ": the native image runs on the Quarkus micro image, not "
                        + bases.get(1));
        assertTrue(
                dockerfile.contains(
                        "./mvnw -B -ntp -pl " + service + " -am package -Dnative -DskipTests"),
                service + ": stage 1 must build the module natively with the reactor");
        assertTrue(
                dockerfile.contains("COPY --chown=quarkus:quarkus " + service + "/src "),
                service + ": stage 1 must copy the module's sources");
        for (String module : List.of(
                "service-support",
                "dev-stores",
                "playbook-service",
                "journal-service",
                "scoring-service",
                "gateway",
                "system-tests")) {
            assertTrue(
                    dockerfile.contains(module + "/pom.xml"),
                    service + ": the reactor needs " + module + "/pom.xml");
        }
        assertTrue(dockerfile.contains("/code/" + service + "/target/*-runner /work/application"));
        assertTrue(
                dockerfile.matches("(?s).*\\nUSER 185\\n.*"),
                service + " Dockerfile.native-micro: USER 185");
        assertTrue(
                dockerfile.contains(
                        "docker build -f " + service + "/src/main/docker/Dockerfile.native-micro"),
                service + " Dockerfile.native-micro: the header gives the build command");
    }

    /**
     * The launcher reads a service's JVM options from {@code <module>/jvm.options}; the image must
     * carry the same ones (the serial collector through GC_CONTAINER_OPTIONS), or the two drift.
     */
    @ParameterizedTest
    @MethodSource("services")
    void theJvmImageCarriesTheJvmOptionsTheLauncherUses(String service) {
        String dockerfile = dockerfile(service, "Dockerfile.jvm");
        List<String> options = SecretSources.read(Manifests.root().resolve(service).resolve("jvm.options"))
                .lines()
                .map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> !l.isEmpty())
                .toList();
        assertFalse(options.isEmpty(), service + "/jvm.options has options");
        for (String option : options) {
            assertTrue(
                    Pattern.compile("[\\s\"]" + Pattern.quote(option) + "[\\s\"]")
                            .matcher(dockerfile)
                            .find(),
                    service + " Dockerfile.jvm lacks " + option + " of jvm.options");
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void theBuildContextSendsWhatTheBuildsCopyAndNothingElse(String service) {
        List<String> ignore = List.of(SecretSources.read(Manifests.root().resolve(".dockerignore")).split("\n"));
        assertEquals(
                "*",
                ignore.stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .findFirst()
                        .orElse(""),
                ".dockerignore must start by excluding everything");
        for (String needed : List.of(
                "!*/target/quarkus-app/",
                "!*/src/main/",
                "!*/pom.xml",
                "!pom.xml",
                "!mvnw")) {
            assertTrue(
                    ignore.contains(needed),
                    ".dockerignore must let " + needed.substring(1) + " through");
        }
        assertFalse(
                ignore.contains("!data/") || ignore.contains("!data"),
                ".dockerignore must not send data/ (keys)");
    }

    // ---- helpers --------------------------------------------------------------------------

    private static String dockerfile(String service, String name) {
        Path file = Manifests.root().resolve(service).resolve("src/main/docker").resolve(name);
        assertTrue(Files.isRegularFile(file), "missing " + Manifests.root().relativize(file));
        return SecretSources.read(file);
    }

    private static List<String> bases(String dockerfile) {
        List<String> bases = new ArrayList<>();
        Matcher matcher = FROM.matcher(dockerfile);
        while (matcher.find()) {
            bases.add(matcher.group(1));
        }
        return bases;
    }

    private static void assertPinned(String service, List<String> bases) {
        for (String base : bases) {
            assertTrue(
                    WorkloadManifestTest.hasPinnedTag(base),
                    service + ": base image " + base + " has no pinned tag");
        }
    }

    /** The one tag base/kustomization.yaml gives the services' images. */
    private static String baseTag() {
        String kustomization = SecretSources.read(Manifests.root().resolve("k8s/base/kustomization.yaml"));
        Matcher tag = Pattern.compile("newTag:\\s*\"?([^\\s\"]+)").matcher(kustomization);
        assertTrue(tag.find(), "k8s/base/kustomization.yaml sets no image tag");
        return tag.group(1);
    }
}
