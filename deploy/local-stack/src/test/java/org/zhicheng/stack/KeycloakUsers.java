package org.zhicheng.stack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.zhicheng.stack.demo.GatewayClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates users in the stack's real Keycloak through its admin REST API (the master realm's bootstrap administrator,
 * {@code admin}/{@code admin} in the local stack), for end-to-end tests that need more signed-in people than the
 * realm's demo users, e.g. every expert of a drawn panel casting their own ballot.
 */
final class KeycloakUsers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningStack stack;

    KeycloakUsers(RunningStack stack) {
        this.stack = stack;
    }

    /**
     * A user of realm {@code zhicheng} with the demo password, the realm role and the claims' attributes
     * ({@code region}, {@code unit}, {@code person}, …); an existing username is left as it is.
     */
    void create(String username, String role, Map<String, String> attributes) {
        String admin = adminToken();
        ObjectNode user = JSON.createObjectNode();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@zhicheng.example");
        user.put("emailVerified", true);
        user.put("firstName", username);
        user.put("lastName", "E2E");
        ObjectNode attributeNode = user.putObject("attributes");
        attributes.forEach((name, value) -> attributeNode.putArray(name).add(value));
        ObjectNode credential = user.putArray("credentials").addObject();
        credential.put("type", "password");
        credential.put("value", GatewayClient.DEMO_PASSWORD);
        credential.put("temporary", false);
        HttpResponse<String> created = E2ETestBase.send(admin(admin, "/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))).build());
        if (created.statusCode() == 409) {
            return;
        }
        require(created, 201, "creating user " + username);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> roleRead = E2ETestBase.send(admin(admin, "/roles/" + role).GET().build());
        require(roleRead, 200, "reading role " + role);
        JsonNode roleNode = JSON.readTree(roleRead.body());
        HttpResponse<String> mapped = E2ETestBase.send(admin(admin, "/users/" + id + "/role-mappings/realm")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(List.of(roleNode)))).build());
        require(mapped, 204, "giving " + username + " the role " + role);
    }

    private HttpRequest.Builder admin(String token, String path) {
        return HttpRequest.newBuilder(URI.create(stack.keycloakUrl() + "/admin/realms/" + RunningStack.REALM + path))
                .header("Authorization", "Bearer " + token);
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        HttpResponse<String> response = E2ETestBase.send(HttpRequest.newBuilder(
                        URI.create(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        require(response, 200, "the master realm's admin token");
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private static void require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }
}
