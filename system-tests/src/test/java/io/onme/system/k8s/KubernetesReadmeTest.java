package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.list;
import static io.onme.system.k8s.Manifests.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * k8s/README.md and the release step it documents: the operators' minimum versions, an install
 * order that works on an empty cluster, the right ServiceAccount for the MongoDB pods, a check
 * command that builds what the tests need, and the image-pinning step that really pins.
 */
class KubernetesReadmeTest {

    private static String readme() {
        return SecretSources.read(Manifests.root().resolve("k8s/README.md"));
    }

    @Test
    void theChecksCommandBuildsTheModulesTheManifestTestsNeed() {
        Matcher command = Pattern.compile(
                "\\./mvnw [^\\n]*-pl system-tests[^\\n]*io\\.onme\\.system\\.k8s[^\\n]*")
                .matcher(readme());
        assertTrue(command.find(), "k8s/README.md has no command that runs the manifest tests");
        assertTrue(
                command.group().contains(" -am "),
                "on a fresh clone system-tests' reactor dependencies are not installed: the command needs -am: "
                        + command.group());
    }

    @Test
    void thePrerequisitesStateTheMinimumVersionOfEveryOperatorWhoseApiTheManifestsUse() {
        String readme = readme();
        for (String minimum : List.of(
                "Kubernetes ≥ 1.30",
                "CloudNativePG](https://cloudnative-pg.io) ≥ 1.26",
                "Barman Cloud plugin](https://cloudnative-pg.io/plugin-barman-cloud/) ≥ 0.5",
                "External Secrets Operator](https://external-secrets.io) ≥ 0.16",
                "cert-manager](https://cert-manager.io) ≥ 1.15",
                "MongoDB Controllers for Kubernetes](https://github.com/mongodb/mongodb-kubernetes) ≥ 1.0")) {
            assertTrue(
                    readme.contains(minimum),
                    "k8s/README.md's prerequisites do not state: " + minimum);
        }
        Manifests prod = Manifests.of("prod");
        assertTrue(
                prod.ofKind("ExternalSecret")
                        .allMatch(e -> "external-secrets.io/v1".equals(e.get("apiVersion"))),
                "the ESO minimum (0.16) is the one for external-secrets.io/v1");
        assertTrue(
                prod.ofKind("Cluster").allMatch(c -> !list(map(c, "spec"), "plugins").isEmpty()),
                "the CloudNativePG minimum (1.26) is the one for plugins");
    }

    @Test
    void theMongoDbOperatorIsInstalledAfterTheNamespaceItWatchesAndItsPodsServiceAccountIsNamedRight() {
        String readme = readme();
        int namespace = readme.indexOf("kubectl create namespace onme");
        int operator = readme.indexOf("--set operator.watchNamespace=onme");
        assertTrue(
                namespace >= 0 && operator > namespace,
                "the MongoDB chart creates its database ServiceAccount and Role in the watched namespace, which must exist first");
        assertTrue(
                readme.contains("`mongodb-kubernetes-appdb`"),
                "MongoDB Controllers for Kubernetes run MongoDBCommunity pods as the ServiceAccount mongodb-kubernetes-appdb");
        assertTrue(
                readme.indexOf("jetstack/cert-manager") < readme.indexOf("plugin-barman-cloud/releases"),
                "the Barman Cloud plugin needs cert-manager installed first");
    }

    @Test
    void thePinStepReplacesEveryProdDigestAndMovesOnlyOnmesOwnTags(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path kustomization = dir.resolve("kustomization.yaml");
        Files.copy(Manifests.root().resolve("k8s/overlays/prod/kustomization.yaml"), kustomization);
        Path base = dir.resolve("base-kustomization.yaml");
        Files.copy(Manifests.root().resolve("k8s/base/kustomization.yaml"), base);
        Path resolver = dir.resolve("resolver.sh");
        Files.writeString(
                resolver,
                "#!/bin/sh\n# a registry that answers one digest per reference\n"
                        + "printf 'sha256:%s\\n' \"$(printf '%s' \"$1\" | sha256sum | cut -c1-64)\"\n");
        resolver.toFile().setExecutable(true);
        ProcessBuilder pin = new ProcessBuilder(
                "bash",
                Manifests.root().resolve("k8s/pin-images.sh").toString(),
                "9.9.9")
                .redirectErrorStream(true);
        pin.environment().put("KUSTOMIZATION", kustomization.toString());
        pin.environment().put("BASE_KUSTOMIZATION", base.toString());
        pin.environment().put("PIN_IMAGES_RESOLVER", resolver.toString());
        Process process = pin.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);

        String pinned = Files.readString(kustomization);
        assertTrue(
                !pinned.contains("sha256:" + "0".repeat(64)),
                "a placeholder digest survived:\n" + pinned);
        for (String service : Manifests.SERVICES) {
            assertTrue(output.contains("ghcr.io/onme/" + service + ":9.9.9@sha256:"), output);
        }
        assertTrue(
                output.contains("docker.io/library/mongo:8.0.12@sha256:"),
                "third-party images keep their tags: " + output);
        String original = SecretSources.read(
                Manifests.root().resolve("k8s/overlays/prod/kustomization.yaml"));
        assertEquals(
                original.lines()
                        .filter(l -> !l.contains("digest:") && !l.contains("newTag:"))
                        .toList(),
                pinned.lines()
                        .filter(l -> !l.contains("digest:") && !l.contains("newTag:"))
                        .toList(),
                "pin-images.sh must change digests and tags only");
        for (String service : Manifests.SERVICES) {
            assertTrue(
                    Files.readString(base)
                            .contains("- name: ghcr.io/onme/" + service + "\n    newTag: 9.9.9\n"),
                    "dev (the base) must move to the released tag too:\n" + Files.readString(base));
        }
    }

    @Test
    void thePinStepChangesNothingWhenARegistryDoesNotAnswer(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path kustomization = dir.resolve("kustomization.yaml");
        Files.copy(Manifests.root().resolve("k8s/overlays/prod/kustomization.yaml"), kustomization);
        String before = Files.readString(kustomization);
        Path resolver = dir.resolve("resolver.sh");
        Files.writeString(resolver, "#!/bin/sh\necho \"unauthorized: $1\" >&2\nexit 1\n");
        resolver.toFile().setExecutable(true);
        ProcessBuilder pin = new ProcessBuilder("bash", Manifests.root().resolve("k8s/pin-images.sh").toString())
                .redirectErrorStream(true);
        pin.environment().put("KUSTOMIZATION", kustomization.toString());
        pin.environment().put("PIN_IMAGES_RESOLVER", resolver.toString());
        Process process = pin.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(
                process.exitValue() != 0,
                "a digest that cannot be read must fail the release step: " + output);
        assertEquals(
                before,
                Files.readString(kustomization),
                "a failed pin must leave the kustomization as it was");
    }
}
