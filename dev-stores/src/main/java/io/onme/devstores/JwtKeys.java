package io.onme.devstores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs development and test JWTs. Generated on first use into a folder (the
 * launcher's data folder, or a module's target folder in tests); never committed.
 */
public final class JwtKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private JwtKeys() {
    }

    /** Creates the key pair in {@code dir} unless it is there already; safe across processes. */
    // the file lock is held for the try block and never read: -Xlint:try would flag the unused name
    @SuppressWarnings("try")
    public static void ensure(Path dir) {
        try {
            Files.createDirectories(dir);
            Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
            Path publicKey = dir.resolve(PUBLIC_KEY_FILE);
            try (FileChannel lockFile = FileChannel.open(
                    dir.resolve(".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                if (Files.exists(privateKey) && Files.exists(publicKey)) {
                    return;
                }
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                writePem(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
                writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create JWT keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    public static RSAPrivateKey readPrivateKey(Path dir) {
        try {
            String pem = Files.readString(dir.resolve(PRIVATE_KEY_FILE), StandardCharsets.US_ASCII);
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT private key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "not an RSA private key: " + dir.resolve(PRIVATE_KEY_FILE), e);
        }
    }

    /** Writes a PEM file atomically; a private one readable by its owner only. */
    static void writePem(Path target, String type, byte[] der, boolean secret) throws IOException {
        write(target, pem(type, der));
        if (secret) {
            try {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort outside POSIX file systems
            }
        }
    }

    static void write(Path target, String content) throws IOException {
        writeAtomically(target, content);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        Files.move(
                temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
