package org.zhicheng.starter.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service shows before it has any domain: it starts on real PostgreSQL with its migrations, reports
 * ready, documents its API and refuses its paths without a token. A service's test extends this with
 * {@code @ZhichengServiceTest} and names its API title and one of its paths.
 */
public abstract class ServiceFoundationContract {

    @LocalServerPort
    int port;

    /** The {@code info.title} of the service's OpenAPI document. */
    protected abstract String apiTitle();

    /** A path under the service's API prefix, which must need a token. */
    protected abstract String protectedPath();

    @Test
    void itIsReadyOnItsDatabase() {
        ServiceApi.Reply readiness = api().get("/actuator/health/readiness", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void itPublishesItsOpenApiDocument() {
        ServiceApi.Reply docs = api().get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).isEqualTo(apiTitle());
    }

    @Test
    void itsApiNeedsAToken() {
        ServiceApi.Reply anonymous = api().get(protectedPath(), null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);
        assertThat(anonymous.code()).isNotBlank();
    }

    private ServiceApi api() {
        return new ServiceApi(port);
    }
}
