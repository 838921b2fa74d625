package org.zhicheng.starter.test;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands for Keycloak's realm {@code zhicheng} in tests: one WireMock on 127.0.0.1 per test JVM serving the OpenID
 * configuration, the public key set at {@code <issuer>/protocol/openid-connect/certs}, and a client-credentials
 * token endpoint (for Feign calls). The private key signs {@link TestTokens}. Stopped at JVM exit.
 */
public final class JwksStub {

    public static final String REALM_PATH = "/realms/zhicheng";
    /** The client id of the service account whose tokens the token endpoint issues. */
    public static final String SERVICE_CLIENT_ID = "zhicheng-test-service";
    public static final String SERVICE_CLIENT_SECRET = "test-secret";

    private static JwksStub instance;

    private final WireMockServer server;
    private final RSAKey signingKey;

    private JwksStub(WireMockServer server, RSAKey signingKey) {
        this.server = server;
        this.signingKey = signingKey;
    }

    /** The JVM's stub, started on first use. */
    public static synchronized JwksStub get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::stop, "jwks-stub-stop"));
        }
        return instance;
    }

    private static JwksStub start() {
        RSAKey key = generateKey("zhicheng-test");
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
            .bindAddress("127.0.0.1")
            .dynamicPort()
            .disableRequestJournal());
        server.start();
        JwksStub stub = new JwksStub(server, key);
        stub.stubEndpoints();
        return stub;
    }

    static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot generate a test RSA key", ex);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.port() + REALM_PATH;
    }

    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUri() {
        return issuer() + "/protocol/openid-connect/token";
    }

    RSAKey signingKey() {
        return signingKey;
    }

    private void stubEndpoints() {
        JsonMapper json = JsonMapper.builder().build();
        String jwks = new JWKSet(signingKey.toPublicJWK()).toString();
        server.stubFor(WireMock.get(REALM_PATH + "/protocol/openid-connect/certs")
            .willReturn(WireMock.okForContentType("application/json", jwks)));
        Map<String, Object> configuration = Map.of("issuer", issuer(), "jwks_uri", jwkSetUri(), "token_endpoint",
                tokenUri(), "id_token_signing_alg_values_supported", new String[] { "RS256" },
                "subject_types_supported", new String[] { "public" }, "response_types_supported",
                new String[] { "code" });
        server.stubFor(WireMock.get(REALM_PATH + "/.well-known/openid-configuration")
            .willReturn(WireMock.okForContentType("application/json", json.writeValueAsString(configuration))));
        // one long-lived service token is enough: services cache it until it expires
        String serviceToken = TestTokens.token(TestUsers.serviceAccount(SERVICE_CLIENT_ID), issuer(), signingKey,
                Duration.ofHours(2));
        server.stubFor(WireMock.post(REALM_PATH + "/protocol/openid-connect/token")
            .willReturn(WireMock.okForContentType("application/json", json.writeValueAsString(Map.of("access_token",
                    serviceToken, "token_type", "Bearer", "expires_in", 3600)))));
    }
}
