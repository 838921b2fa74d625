package org.zhicheng.starter.testapp;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates carrying an Idempotency-Key: one row however often the client repeats itself. */
@StarterAppTest
class IdempotencyIntegrationTest {

    private static final TestUser EMPLOYER = TestUsers.employer(TestUsers.SHANGYU, "unit-1");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private Http.Response create(TestUser user, String key, String body) {
        return http.post("/api/v1/things", TestTokens.bearer(user), body, headers -> headers.set("Idempotency-Key", key));
    }

    private long thingsNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM thing WHERE name = ?").param(name).query(Long.class).single();
    }

    @Test
    void repeatedCreateIsReplayedWithTheSameResponse() {
        String key = UUID.randomUUID().toString();
        String name = "replayed-" + key;
        String body = "{\"name\":\"" + name + "\",\"size\":3}";

        Http.Response first = create(EMPLOYER, key, body);
        Http.Response second = create(EMPLOYER, key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(second.headers().getETag()).isEqualTo("\"0\"");
        assertThat(second.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.headers().getFirst("Idempotent-Replayed")).isNull();
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String name = "reused-" + key;

        assertThat(create(EMPLOYER, key, "{\"name\":\"" + name + "\",\"size\":1}").status()).isEqualTo(201);
        Http.Response reused = create(EMPLOYER, key, "{\"name\":\"" + name + "\",\"size\":2}");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("idempotency-key.reused");
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void keysOfDifferentUsersAreIndependent() {
        String key = UUID.randomUUID().toString();
        String name = "per-user-" + key;
        String body = "{\"name\":\"" + name + "\",\"size\":1}";

        assertThat(create(EMPLOYER, key, body).status()).isEqualTo(201);
        assertThat(create(TestUsers.employer(TestUsers.LIANDU, "unit-2"), key, body).status()).isEqualTo(201);
        assertThat(thingsNamed(name)).isEqualTo(2);
    }

    @Test
    void aFailedCreateIsNotRememberedSoTheCorrectedRetryRuns() {
        String key = UUID.randomUUID().toString();
        String name = "corrected-" + key;

        Http.Response invalid = create(EMPLOYER, key, "{\"name\":\"" + name + "\",\"size\":0}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("size");

        assertThat(create(EMPLOYER, key, "{\"name\":\"" + name + "\",\"size\":2}").status()).isEqualTo(201);
        assertThat(thingsNamed(name)).isEqualTo(1);
    }

    @Test
    void createsWithoutAKeyAreNotDeduplicated() {
        String name = "no-key-" + UUID.randomUUID();
        String body = "{\"name\":\"" + name + "\",\"size\":1}";

        http.post("/api/v1/things", TestTokens.bearer(EMPLOYER), body, headers -> {
        });
        http.post("/api/v1/things", TestTokens.bearer(EMPLOYER), body, headers -> {
        });

        assertThat(thingsNamed(name)).isEqualTo(2);
    }
}
