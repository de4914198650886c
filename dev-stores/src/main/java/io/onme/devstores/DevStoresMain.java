package io.onme.devstores;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher's helper, one verb per call:
 *
 * <pre>
 *   stores --data DIR [--pg-port 55432] [--mongo-port 57017]   run both stores until stopped
 *   keys --dir DIR                                             create the JWT key pair and journal-service's
 *                                                              service key (and its JWKS) if missing
 *   token --keys DIR [--tenant T] [--user U] [--name N] [--role R]... [--team X]... [--issuer I]
 *   wait --timeout SECONDS URL...                              wait until every URL answers 200
 *   seed --gateway URL --keys DIR [--issuer I]                 seed the demo tenant once, with development tokens
 *   seed --gateway URL --oidc-token-url URL --client C --password P
 *                                                              the same with the identity provider's tokens for the
 *                                                              demo realm's users
 *   oidc-token --token-url URL --client C --user U --password P
 *                                                              print an access token from an OIDC provider (password
 *                                                              grant of the embedded realm's command-line client)
 * </pre>
 */
public final class DevStoresMain {

    static final String EMBEDDED_ISSUER = "https://onme.local/embedded";

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage("a verb is needed");
        }
        Options options;
        try {
            options = new Options(Arrays.copyOfRange(args, 1, args.length));
            options.accept(acceptedOptions(args[0]));
            if (args[0].equals("token")) {
                checkRoles(options.values("--role"));
            }
        } catch (IllegalArgumentException bad) {
            usage(bad.getMessage());
            return;
        }
        switch (args[0]) {
            case "stores" -> runStores(options);
            case "keys" -> {
                JwtKeys.ensure(Path.of(options.required("--dir")));
                ServiceKeys.ensure(Path.of(options.required("--dir")), ServiceKeys.JOURNAL);
            }
            case "token" -> System.out.println(token(options));
            case "wait" -> System.exit(waitForAll(options) ? 0 : 1);
            case "seed" ->
                DemoSeed.run(URI.create(options.required("--gateway")), seedTokens(options));
            case "oidc-token" -> System.out.println(oidcToken(options));
            default -> usage("unknown verb " + args[0]);
        }
    }

    /**
     * The options each verb knows: anything else is refused, so a typo ({@code --roles admin})
     * fails instead of quietly giving a rep's token.
     */
    static List<String> acceptedOptions(String verb) {
        return switch (verb) {
            case "stores" -> List.of("--data", "--pg-port", "--mongo-port");
            case "keys" -> List.of("--dir");
            case "token" ->
                List.of(
                        "--keys",
                        "--issuer",
                        "--tenant",
                        "--user",
                        "--name",
                        "--locale",
                        "--role",
                        "--team");
            case "wait" -> List.of("--timeout");
            case "seed" ->
                List.of(
                        "--gateway",
                        "--keys",
                        "--issuer",
                        "--oidc-token-url",
                        "--client",
                        "--password");
            case "oidc-token" -> List.of("--token-url", "--client", "--user", "--password");
            default -> throw new IllegalArgumentException("unknown verb " + verb);
        };
    }

    /** The roles the services know. */
    static void checkRoles(List<String> roles) {
        for (String role : roles) {
            if (!List.of("rep", "coach", "admin").contains(role)) {
                throw new IllegalArgumentException(
                        "unknown role '" + role + "' (rep, coach or admin)");
            }
        }
    }

    private static void runStores(Options options) throws Exception {
        Path data = Path.of(options.required("--data")).toAbsolutePath();
        int pgPort = Integer.parseInt(options.value("--pg-port", "55432"));
        int mongoPort = Integer.parseInt(options.value("--mongo-port", "57017"));

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(
                pgPort, data.resolve("postgres"), List.of("playbook", "scoring"));
        MongoWireServer mongo = MongoWireServer.start(mongoPort, data.resolve("mongo").resolve("journal.mv"));
        System.out.println(
                "PostgreSQL on 127.0.0.1:"
                        + postgres.port()
                        + ", MongoDB wire server on 127.0.0.1:"
                        + mongo.port());

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    mongo.close();
                                    try {
                                        postgres.close();
                                    } catch (Exception e) {
                                        System.err.println(
                                                "PostgreSQL did not stop cleanly: "
                                                        + e.getMessage());
                                    }
                                    stopped.countDown();
                                },
                                "stores-shutdown"));
        stopped.await();
    }

    private static String token(Options options) {
        JwtTokens token = JwtTokens.signedWith(JwtKeys.readPrivateKey(Path.of(options.required("--keys"))))
                .issuer(options.value("--issuer", EMBEDDED_ISSUER))
                .tenant(options.value("--tenant", "demo"));
        String user = options.value("--user", "demo-rep");
        token.subject(user).name(options.value("--name", user));
        String locale = options.value("--locale", null);
        if (locale != null) {
            token.locale(locale);
        }
        options.values("--role").forEach(token::group);
        options.values("--team").forEach(token::team);
        return token.sign();
    }

    private static DemoSeed.Tokens seedTokens(Options options) {
        String tokenUrl = options.value("--oidc-token-url", null);
        if (tokenUrl == null) {
            return DemoSeed.signedWith(
                    Path.of(options.required("--keys")),
                    options.value("--issuer", EMBEDDED_ISSUER));
        }
        return DemoSeed.fromProvider(
                new OidcTokens(URI.create(tokenUrl), options.required("--client")),
                options.required("--password"));
    }

    private static String oidcToken(Options options) {
        OidcTokens provider = new OidcTokens(
                URI.create(options.required("--token-url")), options.required("--client"));
        try {
            return provider.passwordGrant(
                    options.required("--user"), options.required("--password"));
        } catch (IOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
            return null;
        }
    }

    private static boolean waitForAll(Options options) throws InterruptedException {
        long deadline = System.nanoTime()
                + Duration.ofSeconds(Long.parseLong(options.value("--timeout", "120")))
                        .toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (String url : options.positional()) {
            while (!answers200(client, url)) {
                if (System.nanoTime() > deadline) {
                    System.err.println("not ready: " + url);
                    return false;
                }
                Thread.sleep(250);
            }
        }
        return true;
    }

    private static boolean answers200(HttpClient client, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3))
                    .GET()
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println(
                "verbs: stores, keys, token, oidc-token, wait, seed (see the class comment of DevStoresMain)");
        System.exit(2);
    }

    /** Minimal argument parsing: --name value pairs (repeatable) and positional arguments. */
    static final class Options {
        private final List<String[]> pairs = new ArrayList<>();
        private final List<String> positional = new ArrayList<>();

        Options(String[] args) {
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    pairs.add(new String[] { args[i], args[++i] });
                } else {
                    positional.add(args[i]);
                }
            }
        }

        /** Refuses an option outside these names. */
        void accept(List<String> names) {
            for (String[] pair : pairs) {
                if (!names.contains(pair[0])) {
                    throw new IllegalArgumentException(
                            "unknown option "
                                    + pair[0]
                                    + " (known: "
                                    + String.join(", ", names)
                                    + ")");
                }
            }
        }

        String value(String name, String fallback) {
            String found = fallback;
            for (String[] pair : pairs) {
                if (pair[0].equals(name)) {
                    found = pair[1];
                }
            }
            return found;
        }

        String required(String name) {
            String value = value(name, null);
            if (value == null) {
                usage(name + " is required");
            }
            return value;
        }

        List<String> values(String name) {
            List<String> found = new ArrayList<>();
            for (String[] pair : pairs) {
                if (pair[0].equals(name)) {
                    found.add(pair[1]);
                }
            }
            return found;
        }

        List<String> positional() {
            return positional;
        }
    }
}
