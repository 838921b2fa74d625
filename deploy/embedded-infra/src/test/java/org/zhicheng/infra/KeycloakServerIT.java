package org.zhicheng.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm in deploy/keycloak, imported into the real Keycloak: the tokens carry what the services rely on. */
class KeycloakServerIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static PostgresServer postgres;
    private static KeycloakServer keycloak;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.startTemporary();
        keycloak = KeycloakServer.options(path("keycloak.distribution"), path("keycloak.home"))
                .database(postgres)
                .realmImport(path("keycloak.realm.directory"), "zhicheng")
                .logFile(path("keycloak.log"))
                .start();
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void districtHrBureauTokenCarriesRoleAndRegion() throws Exception {
        DocumentContext token = password("hr.sy");

        assertThat(token.<List<String>>read("$.realm_access.roles")).contains("hr-bureau").doesNotContain("admin");
        assertThat(token.<String>read("$.region")).isEqualTo("330604");
        assertThat(token.<String>read("$.preferred_username")).isEqualTo("hr.sy");
        assertThat(token.<String>read("$.iss")).isEqualTo(keycloak.issuer("zhicheng"));
        int lifetime = token.<Integer>read("$.exp") - token.<Integer>read("$.iat");
        assertThat(lifetime).isEqualTo(900);
    }

    @Test
    void applicantTokenCarriesUnitAndPerson() throws Exception {
        DocumentContext token = password("applicant.ld");

        assertThat(token.<List<String>>read("$.realm_access.roles")).contains("applicant");
        assertThat(token.<String>read("$.region")).isEqualTo("331102");
        assertThat(token.<String>read("$.unit")).isEqualTo("LD-U001");
        assertThat(token.<String>read("$.person")).isEqualTo("P-LD-0001");
    }

    @Test
    void committeeOfficeTokenCarriesCommitteesAsArray() throws Exception {
        DocumentContext token = password("office.sy");

        assertThat(token.<List<String>>read("$.realm_access.roles")).contains("committee-office");
        assertThat(token.<List<String>>read("$.committees")).containsExactly("SY-ENG-MID");
    }

    @Test
    void platformClientHasPlatformRoleAndProvinceRegion() throws Exception {
        DocumentContext token = clientCredentials("platform");

        assertThat(token.<List<String>>read("$.realm_access.roles")).contains("platform");
        assertThat(token.<String>read("$.region")).isEqualTo("33");
    }

    @Test
    void serviceClientNamesItselfAndIsNotPlatform() throws Exception {
        DocumentContext token = clientCredentials("plan-service");

        assertThat(token.<List<String>>read("$.realm_access.roles")).contains("service")
                .doesNotContain("platform", "admin");
        assertThat(token.<String>read("$.service")).isEqualTo("plan-service");
        assertThat(token.<String>read("$.region")).isEqualTo("33");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = postForm(Map.of("grant_type", "password", "client_id", "zhicheng-cli",
                "username", "hr.sy", "password", "wrong"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(response.body(), "$.error")).isEqualTo("invalid_grant");
    }

    private static DocumentContext password(String username) throws Exception {
        return accessToken(postForm(Map.of("grant_type", "password", "client_id", "zhicheng-cli",
                "username", username, "password", "zhicheng-demo")));
    }

    private static DocumentContext clientCredentials(String clientId) throws Exception {
        return accessToken(postForm(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret")));
    }

    private static DocumentContext accessToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String jwt = JsonPath.read(response.body(), "$.access_token");
        String payload = jwt.split("\\.")[1];
        return JsonPath.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> postForm(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.tokenUrl("zhicheng")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property " + property + " (set by failsafe)").isNotBlank();
        return Path.of(value);
    }
}
