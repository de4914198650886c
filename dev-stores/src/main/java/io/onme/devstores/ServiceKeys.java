package io.onme.devstores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Service-token keys: journal-service signs its tokens to scoring-service with its own RSA key
 * (never the identity provider's), and scoring-service verifies them against a JWKS of service
 * keys, the {@code kid} choosing the key. In a folder (the launcher's data folder, a module's
 * target folder in tests), each key {@code NAME} is {@code NAME-private.pem} with its key id in
 * {@code NAME.kid}, and {@value #JWKS_FILE} holds the public keys of all of them.
 */
public final class ServiceKeys {

    public static final String JWKS_FILE = "service-jwks.json";

    /** The one service key of the launcher: journal-service's. */
    public static final String JOURNAL = "journal-service";

    private ServiceKeys() {
    }

    /**
     * Creates the keys named, those missing, and the JWKS of all of them; safe across processes.
     */
    // the file lock is held for the try block and never read: -Xlint:try would flag the unused name
    @SuppressWarnings("try")
    public static void ensure(Path dir, String... names) {
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(
                    dir.resolve(".service-lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                boolean changed = false;
                for (String name : names) {
                    if (!Files.exists(privateKeyFile(dir, name))
                            || !Files.exists(dir.resolve(name + ".kid"))) {
                        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                        generator.initialize(2048);
                        KeyPair pair = generator.generateKeyPair();
                        JwtKeys.writePem(
                                privateKeyFile(dir, name),
                                "PRIVATE KEY",
                                pair.getPrivate().getEncoded(),
                                true);
                        JwtKeys.write(
                                dir.resolve(name + ".pub.jwk"),
                                jwk((RSAPublicKey) pair.getPublic()));
                        JwtKeys.write(
                                dir.resolve(name + ".kid"), keyId((RSAPublicKey) pair.getPublic()));
                        changed = true;
                    }
                }
                if (changed || !Files.exists(dir.resolve(JWKS_FILE))) {
                    writeJwks(dir, names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create service keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    public static Path privateKeyFile(Path dir, String name) {
        return dir.resolve(name + "-private.pem");
    }

    public static String keyId(Path dir, String name) {
        try {
            return Files.readString(dir.resolve(name + ".kid"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RSAPrivateKey privateKey(Path dir, String name) {
        try {
            String pem = Files.readString(privateKeyFile(dir, name), StandardCharsets.US_ASCII);
            byte[] der = Base64.getDecoder()
                    .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "not an RSA private key: " + privateKeyFile(dir, name), e);
        }
    }

    /** The JWKS of the named keys (their public halves), in the order named. */
    private static void writeJwks(Path dir, String... names) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String name : Arrays.stream(names).distinct().toList()) {
            keys.add(
                    Files.readString(dir.resolve(name + ".pub.jwk"), StandardCharsets.US_ASCII)
                            .strip());
        }
        JwtKeys.write(dir.resolve(JWKS_FILE), "{\"keys\":[" + String.join(",", keys) + "]}\n");
    }

    private static String jwk(RSAPublicKey key) throws GeneralSecurityException {
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
                + keyId(key)
                + "\",\"n\":\""
                + base64Url(key.getModulus())
                + "\",\"e\":\""
                + base64Url(key.getPublicExponent())
                + "\"}";
    }

    /** The RFC 7638 thumbprint of the key: stable, so a rotated key gets a new kid by itself. */
    static String keyId(RSAPublicKey key) throws GeneralSecurityException {
        String canonical = "{\"e\":\""
                + base64Url(key.getPublicExponent())
                + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(key.getModulus())
                + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
