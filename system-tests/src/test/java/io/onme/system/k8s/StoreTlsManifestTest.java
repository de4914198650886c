package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.list;
import static io.onme.system.k8s.Manifests.map;
import static io.onme.system.k8s.Manifests.name;
import static io.onme.system.k8s.Manifests.stringList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.onme.system.k8s.Manifests.Workload;

/**
 * Prod's stores speak TLS only and their clients verify who they talk to: MongoDB with cert-manager
 * certificates that name every member, PostgreSQL with sslmode=verify-full against the Cluster's
 * CA.
 */
class StoreTlsManifestTest {

    @Test
    void mongoDbServesOnlyTlsWithACertificateForEveryMemberFromItsOwnCa() {
        Manifests prod = Manifests.of("prod");
        Map<String, Object> mdb = prod.ofKind("MongoDBCommunity").findFirst().orElseThrow();
        Map<String, Object> tls = map(mdb, "spec", "security", "tls");
        assertEquals(
                Boolean.TRUE,
                tls.get("enabled"),
                "prod: MongoDB without TLS sends SCRAM and journal data in clear");
        assertEquals(
                Boolean.FALSE,
                tls.getOrDefault("optional", false),
                "prod: MongoDB must refuse plain connections");

        Map<String, Object> serverCert = certificateWritingTo(
                prod, (String) map(tls, "certificateKeySecretRef").get("name"));
        String namespace = (String) map(mdb, "metadata").get("namespace");
        String memberHost = name(mdb) + "-0." + name(mdb) + "-svc." + namespace + ".svc.cluster.local";
        assertTrue(
                stringList(map(serverCert, "spec"), "dnsNames").stream()
                        .anyMatch(n -> matchesHost(n, memberHost)),
                "prod: the members' certificate does not name " + memberHost);

        Map<String, Object> ca = certificateWritingTo(prod, (String) map(tls, "caCertificateSecretRef").get("name"));
        assertEquals(Boolean.TRUE, map(ca, "spec").get("isCA"));
        Map<String, Object> issuer = prod.get(
                (String) map(serverCert, "spec", "issuerRef").get("kind"),
                (String) map(serverCert, "spec", "issuerRef").get("name"));
        assertEquals(
                map(ca, "spec").get("secretName"),
                map(issuer, "spec", "ca").get("secretName"),
                "prod: the members' certificate must be signed by the CA the clients trust");
    }

    @Test
    void journalServiceTrustsTheReplicaSetsCaAndNothingLess() {
        Manifests prod = Manifests.of("prod");
        Workload journal = prod.deployment("journal-service");
        String caSecret = (String) map(
                prod.ofKind("MongoDBCommunity").findFirst().orElseThrow(),
                "spec",
                "security",
                "tls",
                "caCertificateSecretRef")
                .get("name");
        assertTrue(
                list(journal.podSpec(), "volumes").stream()
                        .anyMatch(v -> caSecret.equals(map(v, "secret").get("secretName"))),
                "prod: journal-service does not mount " + caSecret);
        Map<String, Object> init = list(journal.podSpec(), "initContainers").stream()
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(
                                "prod: nothing builds journal-service's trust store"));
        String script = String.join(" ", stringList(init, "command"));
        assertTrue(
                script.contains("keytool")
                        && script.contains("-importcert")
                        && script.contains("lib/security/cacerts"),
                "prod: the trust store must be the JVM's CAs plus the replica set's CA");

        String options = list(journal.containers().get(0), "env").stream()
                .filter(e -> "JAVA_TOOL_OPTIONS".equals(e.get("name")))
                .map(e -> String.valueOf(e.get("value")))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(
                                "prod: journal-service's JVM is not given the trust store"));
        Matcher store = Pattern.compile("-Djavax\\.net\\.ssl\\.trustStore=(\\S+)").matcher(options);
        assertTrue(store.find(), options);
        assertTrue(
                mounted(journal.containers().get(0), store.group(1)),
                "prod: the trust store " + store.group(1) + " is not mounted into journal-service");
    }

    @Test
    void postgresClientsVerifyTheServerCertificateAgainstTheClustersCa() {
        Manifests prod = Manifests.of("prod");
        for (String service : List.of("playbook-service", "scoring-service")) {
            Workload w = prod.deployment(service);
            String cluster = service.replace("-service", "-db");
            Map<String, Object> ref = map(
                    list(w.containers().get(0), "env").stream()
                            .filter(e -> "DB_URL".equals(e.get("name")))
                            .findFirst()
                            .orElseThrow(),
                    "valueFrom",
                    "configMapKeyRef");
            String url = String.valueOf(
                    map(prod.get("ConfigMap", (String) ref.get("name")), "data")
                            .get("DB_URL"));
            assertTrue(
                    url.contains("sslmode=verify-full"),
                    "prod: " + service + " must verify the server, not " + url);
            Matcher root = Pattern.compile("sslrootcert=([^&]+)").matcher(url);
            assertTrue(root.find(), "prod: " + service + " DB_URL names no sslrootcert");
            String file = root.group(1);
            String dir = file.substring(0, file.lastIndexOf('/'));
            Map<String, Object> mount = list(w.containers().get(0), "volumeMounts").stream()
                    .filter(m -> dir.equals(m.get("mountPath")))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(
                                    "prod: "
                                            + service
                                            + " mounts nothing at "
                                            + dir));
            Map<String, Object> volume = list(w.podSpec(), "volumes").stream()
                    .filter(v -> mount.get("name").equals(v.get("name")))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    cluster + "-ca",
                    map(volume, "secret").get("secretName"),
                    "prod: " + service + " must trust its own Cluster's CA");
            assertTrue(
                    list(map(volume, "secret"), "items").stream()
                            .anyMatch(
                                    i -> "ca.crt".equals(i.get("key"))
                                            && file.endsWith("/" + i.get("path"))),
                    "prod: " + file + " is not the CA's ca.crt");
        }
    }

    private static Map<String, Object> certificateWritingTo(Manifests m, String secret) {
        return m.ofKind("Certificate")
                .filter(c -> secret.equals(map(c, "spec").get("secretName")))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(
                                m.overlay
                                        + ": no cert-manager Certificate writes "
                                        + secret));
    }

    private static boolean matchesHost(String dnsName, String host) {
        return dnsName.equals(host)
                || dnsName.startsWith("*.")
                        && host.substring(host.indexOf('.')).equals(dnsName.substring(1));
    }

    private static boolean mounted(Map<String, Object> container, String file) {
        return list(container, "volumeMounts").stream()
                .anyMatch(m -> file.startsWith(m.get("mountPath") + "/"));
    }
}
