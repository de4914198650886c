package io.onme.devstores;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Access tokens from an OpenID Connect provider's token endpoint with the resource-owner password
 * grant, for the embedded Keycloak realm's command-line client ({@code onme-cli}) only: the
 * launcher's {@code ./onme token --idp keycloak} and the demo seed. People sign in through the
 * login page (authorization code + PKCE); no production client allows this grant.
 */
public final class OidcTokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([A-Za-z0-9_.-]+)\"");
    private static final Pattern ERROR = Pattern.compile("\"error_description\"\\s*:\\s*\"([^\"]*)\"");

    private final URI tokenEndpoint;
    private final String clientId;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OidcTokens(URI tokenEndpoint, String clientId) {
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
    }

    /** The token endpoint of realm {@code realm} of a Keycloak at {@code baseUrl}. */
    public static URI keycloakTokenEndpoint(String baseUrl, String realm) {
        return URI.create(
                baseUrl.replaceAll("/+$", "")
                        + "/realms/"
                        + realm
                        + "/protocol/openid-connect/token");
    }

    /** A fresh access token for the user, or an IOException naming why the provider refused. */
    public String passwordGrant(String username, String password)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            Matcher why = ERROR.matcher(response.body());
            throw new IOException(
                    "the identity provider refused a token for '"
                            + username
                            + "' ("
                            + response.statusCode()
                            + (why.find() ? ": " + why.group(1) : "")
                            + ")");
        }
        return token.group(1);
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(
                        e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
