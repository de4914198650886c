package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.list;
import static io.onme.system.k8s.Manifests.map;
import static io.onme.system.k8s.Manifests.name;
import static io.onme.system.k8s.Manifests.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.onme.system.k8s.Manifests.Workload;

/**
 * Prod's stores are backed up off the cluster: both CloudNativePG Clusters archive their WALs and
 * take scheduled base backups through the Barman Cloud plugin (point-in-time recovery), MongoDB is
 * dumped on a schedule to the same object store, each with a retention, and k8s/README.md says how
 * to restore.
 */
class BackupManifestTest {

    private static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";

    @Test
    void everyPostgresClusterArchivesItsWalsToAnObjectStoreWithARetention() {
        Manifests prod = Manifests.of("prod");
        List<Map<String, Object>> clusters = prod.ofKind("Cluster").toList();
        assertEquals(2, clusters.size(), "prod: the two CloudNativePG Clusters");
        for (Map<String, Object> cluster : clusters) {
            Map<String, Object> plugin = list(map(cluster, "spec"), "plugins").stream()
                    .filter(p -> BARMAN_PLUGIN.equals(p.get("name")))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(
                                    "prod: Cluster "
                                            + name(cluster)
                                            + " has no Barman Cloud plugin"));
            assertEquals(
                    Boolean.TRUE,
                    plugin.get("isWALArchiver"),
                    "prod: Cluster "
                            + name(cluster)
                            + " must archive its WALs (point-in-time recovery)");
            String storeName = String.valueOf(map(plugin, "parameters").get("barmanObjectName"));
            Map<String, Object> store = prod.get("ObjectStore", storeName);
            assertEquals("barmancloud.cnpg.io/v1", store.get("apiVersion"));
            Map<String, Object> configuration = map(store, "spec", "configuration");
            assertTrue(
                    String.valueOf(configuration.get("destinationPath"))
                            .matches("s3://[a-z0-9.-]+/.+"),
                    "prod: ObjectStore "
                            + storeName
                            + " destinationPath "
                            + configuration.get("destinationPath"));
            assertTrue(
                    String.valueOf(map(store, "spec").get("retentionPolicy")).matches("\\d+[dwm]"),
                    "prod: ObjectStore " + storeName + " needs a retentionPolicy such as 30d");
            assertFalse(
                    map(configuration, "wal").isEmpty(),
                    "prod: ObjectStore " + storeName + " WAL settings");
        }
    }

    @Test
    void theObjectStoreTakesItsBucketAndCredentialsFromTheBackupConfiguration() {
        Manifests prod = Manifests.of("prod");
        Map<String, Object> store = prod.get("ObjectStore", "postgres-backups");
        Map<String, String> config = backupConfig(prod);
        Map<String, Object> configuration = map(store, "spec", "configuration");
        assertEquals(
                "s3://" + config.get("BACKUP_BUCKET") + "/postgres",
                configuration.get("destinationPath"));
        assertEquals(config.get("BACKUP_S3_ENDPOINT"), configuration.get("endpointURL"));
        Map<String, Set<String>> secrets = SecretSources.declared(prod);
        for (String credential : List.of("accessKeyId", "secretAccessKey")) {
            Map<String, Object> ref = map(configuration, "s3Credentials", credential);
            assertTrue(
                    secrets.getOrDefault((String) ref.get("name"), Set.of())
                            .contains(ref.get("key")),
                    "prod: ObjectStore credential " + credential + " " + ref + " is not declared");
        }
    }

    @Test
    void everyPostgresClusterHasADailyScheduledBaseBackupThroughThePlugin() {
        Manifests prod = Manifests.of("prod");
        for (Map<String, Object> cluster : prod.ofKind("Cluster").toList()) {
            List<Map<String, Object>> schedules = prod.ofKind("ScheduledBackup")
                    .filter(
                            b -> name(cluster)
                                    .equals(map(b, "spec", "cluster").get("name")))
                    .toList();
            assertEquals(1, schedules.size(), "prod: ScheduledBackups of Cluster " + name(cluster));
            Map<String, Object> spec = map(schedules.get(0), "spec");
            assertEquals("plugin", spec.get("method"));
            assertEquals(BARMAN_PLUGIN, map(spec, "pluginConfiguration").get("name"));
            String[] fields = String.valueOf(spec.get("schedule")).split("\\s+");
            assertEquals(
                    6,
                    fields.length,
                    "CloudNativePG schedules have a seconds field: " + spec.get("schedule"));
            assertTrue(
                    fields[3].equals("*") && fields[4].equals("*") && fields[5].equals("*"),
                    "prod: "
                            + name(cluster)
                            + " must be backed up at least daily, not "
                            + spec.get("schedule"));
            assertEquals(
                    Boolean.TRUE,
                    spec.get("immediate"),
                    "prod: a new Cluster gets its first base backup at once");
        }
    }

    @Test
    void mongoDbIsDumpedOnAScheduleConsistentlyAsABackupOnlyUserAndUploadedWithARetention() {
        Manifests prod = Manifests.of("prod");
        Workload backup = prod.workloads().stream()
                .filter(w -> w.kind().equals("CronJob"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("prod: no CronJob backs up MongoDB"));
        Map<String, Object> spec = map(backup.resource(), "spec");
        assertEquals("Forbid", spec.get("concurrencyPolicy"), "prod: two dumps must never overlap");
        assertFalse(String.valueOf(spec.get("schedule")).isBlank());

        String scripts = backup.allContainers().stream()
                .map(c -> String.join(" ", Manifests.stringList(c, "command")))
                .reduce("", String::concat);
        assertTrue(
                scripts.contains("mongodump") && scripts.contains("--oplog"),
                "prod: the dump must be a consistent snapshot of the replica set (mongodump --oplog)");
        assertTrue(
                scripts.contains("--tlsCAFile=/etc/onme/mongodb-ca/ca.crt"),
                "prod: the dump must verify the members");
        assertTrue(
                scripts.contains("rclone copy") && scripts.contains("rclone delete --min-age"),
                "prod: the dump must be uploaded, then dumps past the retention deleted");
        assertTrue(
                scripts.contains("${MONGODB_BACKUP_RETENTION_DAYS}d"),
                "prod: the retention must come from configuration");

        Map<String, String> config = backupConfig(prod);
        assertTrue(
                Integer.parseInt(config.get("MONGODB_BACKUP_RETENTION_DAYS")) >= 7,
                "prod: MongoDB retention");
        Map<String, Object> uriRef = backup.allContainers().stream()
                .flatMap(c -> list(c, "env").stream())
                .filter(e -> "MONGODB_URI".equals(e.get("name")))
                .map(e -> map(e, "valueFrom", "secretKeyRef"))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("prod: the dump reads no MONGODB_URI"));
        Map<String, Object> user = list(
                map(
                        prod.ofKind("MongoDBCommunity").findFirst().orElseThrow(),
                        "spec"),
                "users")
                .stream()
                .filter(u -> uriRef.get("name").equals(u.get("connectionStringSecretName")))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(
                                "prod: the dump's connection string is no operator user's"));
        assertEquals(
                List.of(Map.of("name", "backup", "db", "admin")),
                list(user, "roles"),
                "prod: the backup user may dump and nothing else");
    }

    @Test
    void theReadmeHasARestoreRunbookForBothStores() {
        String readme = SecretSources.read(Manifests.root().resolve("k8s/README.md"));
        for (String step : List.of(
                "## Backups and restore",
                "recoveryTarget",
                "targetTime",
                "externalClusters",
                "barmanObjectName",
                "mongorestore",
                "--oplogReplay",
                "MONGODB_BACKUP_RETENTION_DAYS",
                "retentionPolicy")) {
            assertTrue(
                    readme.contains(step),
                    "k8s/README.md's restore runbook does not mention " + step);
        }
    }

    /**
     * The hand-applied restore Job reverses the dump with the same access: the backup pods' label
     * (so their NetworkPolicy applies), Secrets, ConfigMap keys and CA that prod declares, and the
     * same images as the CronJob.
     */
    @Test
    void theMongoDbRestoreJobReversesTheDumpWithTheBackupsAccess() {
        Manifests prod = Manifests.of("prod");
        Map<String, Object> job = restoreJob();
        Map<String, Object> template = map(job, "spec", "template");
        Workload restore = new Workload("Job", name(job), job, template);
        Workload backup = prod.workloads().stream()
                .filter(w -> w.kind().equals("CronJob"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                backup.podLabels().get("app.kubernetes.io/name"),
                restore.podLabels().get("app.kubernetes.io/name"),
                "the restore must fall under the backup's NetworkPolicy");

        String scripts = restore.allContainers().stream()
                .map(c -> String.join(" ", Manifests.stringList(c, "command")))
                .reduce("", String::concat);
        for (String part : List.of(
                "rclone copyto",
                "mongorestore",
                "--oplogReplay",
                "--drop",
                "--nsInclude='journal.*'",
                "--tlsCAFile=/etc/onme/mongodb-ca/ca.crt")) {
            assertTrue(scripts.contains(part), "the restore Job does not run " + part);
        }

        Map<String, Set<String>> secrets = SecretSources.declared(prod);
        Map<String, String> config = backupConfig(prod);
        for (Map<String, Object> c : restore.allContainers()) {
            for (Map<String, Object> env : list(c, "env")) {
                Map<String, Object> secret = map(env, "valueFrom", "secretKeyRef");
                if (!secret.isEmpty()) {
                    assertTrue(
                            secrets.getOrDefault((String) secret.get("name"), Set.of())
                                    .contains(secret.get("key")),
                            "restore: no Secret " + secret + " in prod");
                }
                Map<String, Object> configMap = map(env, "valueFrom", "configMapKeyRef");
                if (!configMap.isEmpty()) {
                    assertEquals("backup-config", configMap.get("name"));
                    assertTrue(
                            config.containsKey((String) configMap.get("key")),
                            "restore: backup-config has no " + configMap);
                }
            }
        }
        List<String> backupImages = backup.allContainers().stream()
                .map(c -> repositoryAndTag(c.get("image")))
                .sorted()
                .toList();
        List<String> restoreImages = restore.allContainers().stream()
                .map(c -> repositoryAndTag(c.get("image")))
                .sorted()
                .toList();
        assertEquals(
                backupImages,
                restoreImages,
                "the restore must use the tools the dump was made with");
    }

    static Map<String, Object> restoreJob() {
        String text = SecretSources.read(
                Manifests.root().resolve("k8s/restore/journal-mongodb-restore.yaml"));
        return Manifests.cast(
                new org.yaml.snakeyaml.Yaml(
                        new org.yaml.snakeyaml.constructor.SafeConstructor(
                                new org.yaml.snakeyaml.LoaderOptions()))
                        .load(text));
    }

    private static String repositoryAndTag(Object image) {
        String reference = String.valueOf(image);
        return reference.contains("@") ? reference.substring(0, reference.indexOf('@')) : reference;
    }

    private static Map<String, String> backupConfig(Manifests prod) {
        return strings(map(prod.get("ConfigMap", "backup-config"), "data"));
    }
}
