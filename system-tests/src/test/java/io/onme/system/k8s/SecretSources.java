package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.list;
import static io.onme.system.k8s.Manifests.map;
import static io.onme.system.k8s.Manifests.name;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each Secret of an overlay comes from, with its keys: rendered Secrets, External Secrets
 * Operator ExternalSecrets, the connection-string Secrets the MongoDB Community Operator writes,
 * the CA Secrets of CloudNativePG Clusters, cert-manager Certificates, and the {@code kubectl
 * create secret} commands of the overlay's documented script.
 */
final class SecretSources {

    /** Keys of the Secret the MongoDB Community Operator writes for each user. */
    static final Set<String> MONGODB_CONNECTION_STRING_KEYS = Set.of(
            "connectionString.standard",
            "connectionString.standardSrv",
            "username",
            "password");

    /** Keys of the CA Secret CloudNativePG makes for each Cluster. */
    static final Set<String> CNPG_CA_KEYS = Set.of("ca.crt", "ca.key");

    /** Keys of the Secret cert-manager writes for a Certificate. */
    static final Set<String> CERT_MANAGER_KEYS = Set.of("tls.crt", "tls.key", "ca.crt");

    private static final Pattern CREATE_SECRET = Pattern.compile("create\\s+secret\\s+generic\\s+([a-z0-9][a-z0-9.-]*)(.*)");
    private static final Pattern FROM = Pattern.compile("--from-(?:literal|file)=([^\\s\"'=]+)(=?)");
    private static final Pattern NAMESPACE = Pattern.compile("(?:-n|--namespace)[\\s=]+\"?([a-z0-9$A-Z_{}-]+)");

    private SecretSources() {
    }

    /** Secret name to keys, for everything the rendered overlay itself declares. */
    static Map<String, Set<String>> declared(Manifests m) {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        m.ofKind("Secret")
                .forEach(
                        s -> {
                            Set<String> keys = secrets.computeIfAbsent(name(s), k -> new LinkedHashSet<>());
                            keys.addAll(map(s, "data").keySet());
                            keys.addAll(map(s, "stringData").keySet());
                        });
        m.ofKind("ExternalSecret")
                .forEach(
                        e -> {
                            Map<String, Object> spec = map(e, "spec");
                            String target = (String) map(spec, "target").getOrDefault("name", name(e));
                            Set<String> keys = secrets.computeIfAbsent(target, k -> new LinkedHashSet<>());
                            Map<String, Object> templateData = map(spec, "target", "template", "data");
                            if (!templateData.isEmpty()) {
                                keys.addAll(templateData.keySet());
                            } else {
                                list(spec, "data")
                                        .forEach(d -> keys.add((String) d.get("secretKey")));
                            }
                        });
        m.ofKind("MongoDBCommunity")
                .forEach(
                        mdb -> {
                            for (Map<String, Object> user : list(map(mdb, "spec"), "users")) {
                                String secret = (String) user.getOrDefault(
                                        "connectionStringSecretName",
                                        name(mdb)
                                                + "-"
                                                + user.get("db")
                                                + "-"
                                                + user.get("name"));
                                secrets.computeIfAbsent(secret, k -> new LinkedHashSet<>())
                                        .addAll(MONGODB_CONNECTION_STRING_KEYS);
                            }
                        });
        // CloudNativePG keeps each Cluster's CA in <cluster>-ca
        m.ofKind("Cluster")
                .filter(c -> String.valueOf(c.get("apiVersion")).startsWith("postgresql.cnpg.io/"))
                .forEach(
                        c -> secrets.computeIfAbsent(name(c) + "-ca", k -> new LinkedHashSet<>())
                                .addAll(CNPG_CA_KEYS));
        // cert-manager writes each Certificate's key pair and issuing CA to its secretName
        m.ofKind("Certificate")
                .filter(c -> String.valueOf(c.get("apiVersion")).startsWith("cert-manager.io/"))
                .forEach(
                        c -> secrets.computeIfAbsent(
                                (String) map(c, "spec").get("secretName"),
                                k -> new LinkedHashSet<>())
                                .addAll(CERT_MANAGER_KEYS));
        return secrets;
    }

    /**
     * The Secrets the overlay's {@code create-secrets.sh} creates (the dev overlay's way of keeping
     * values out of the repository), or none when the overlay has no such script.
     */
    static Map<String, Set<String>> scripted(String overlay) {
        Path script = Manifests.root()
                .resolve("k8s/overlays")
                .resolve(overlay)
                .resolve("create-secrets.sh");
        return Files.isRegularFile(script) ? commands(read(script), null) : Map.of();
    }

    /**
     * {@code kubectl create secret} commands in a shell script or a Markdown document, with line
     * continuations joined; only those for {@code namespace} when it is not null.
     */
    static Map<String, Set<String>> commands(String text, String namespace) {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        for (String line : text.replace("\\\n", " ").split("\n")) {
            Matcher create = CREATE_SECRET.matcher(line);
            if (!create.find()) {
                continue;
            }
            if (namespace != null) {
                Matcher ns = NAMESPACE.matcher(line);
                if (!ns.find() || !ns.group(1).equals(namespace)) {
                    continue;
                }
            }
            Set<String> keys = secrets.computeIfAbsent(create.group(1), k -> new LinkedHashSet<>());
            Matcher from = FROM.matcher(create.group(2));
            while (from.find()) {
                String key = from.group(1);
                // --from-file=PATH (no key) names the key after the file
                keys.add(from.group(2).isEmpty() ? Path.of(key).getFileName().toString() : key);
            }
        }
        return secrets;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
