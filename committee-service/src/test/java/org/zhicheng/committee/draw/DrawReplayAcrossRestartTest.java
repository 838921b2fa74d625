package org.zhicheng.committee.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.draw.DrawScenario.draws;
import static org.zhicheng.committee.draw.DrawScenario.seatedExperts;
import static org.zhicheng.committee.draw.DrawScenario.texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.committee.CommitteeServiceApplication;
import org.zhicheng.committee.draw.domain.DrawConstraints;
import org.zhicheng.committee.draw.domain.DrawReplay;
import org.zhicheng.committee.draw.domain.DrawRound;
import org.zhicheng.committee.draw.domain.DrawStep;
import org.zhicheng.committee.draw.domain.DrawStepType;
import org.zhicheng.committee.draw.domain.Pseudonyms;
import org.zhicheng.committee.draw.domain.PublishedDraw;
import org.zhicheng.committee.draw.domain.Replay;
import org.zhicheng.committee.draw.domain.Salt;
import org.zhicheng.committee.draw.domain.Seed;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * "Draw replay identical across restarts": the public replay gives the drawn panel; a second application context
 * started on the same database restores the draw from its rows and answers the identical record and replay; and a
 * third party recomputes the same panel offline from the published record alone.
 */
@ZhichengServiceTest
class DrawReplayAcrossRestartTest {

    /** What the second context needs from the first to reach the same database, broker and token keys. */
    static final List<String> SHARED = List.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "spring.kafka.bootstrap-servers",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.client.registration.zhicheng.provider",
            "spring.security.oauth2.client.registration.zhicheng.client-id",
            "spring.security.oauth2.client.registration.zhicheng.client-secret",
            "spring.security.oauth2.client.registration.zhicheng.authorization-grant-type",
            "spring.security.oauth2.client.provider.keycloak.token-uri");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReplayGivesTheDrawnPanelAfterARestartAndOfflineFromThePublishedRecord() {
        DrawScenario scenario = new DrawScenario(port);
        scenario.pooledExperts(9);
        String meeting = scenario.approvedMeeting(5, 2, List.of());
        JsonNode drawn = scenario.drawn(meeting);
        String drawId = drawn.path("id").asString();
        List<String> panel = seatedExperts(drawn);
        assertThat(scenario.decline(meeting, drawId, panel.get(2)).status()).isEqualTo(200);
        assertThat(scenario.confirm(meeting, drawId, panel.get(0)).status()).isEqualTo(200);
        JsonNode office = scenario.read(meeting, drawId, scenario.office).json();
        Salt salt = Salt.ofHex(jdbc.sql("SELECT salt FROM panel_draw WHERE id = :id::uuid").param("id", drawId)
                .query(String.class).single());

        String recordPath = draws(meeting) + "/" + drawId + "/record";
        String replayPath = draws(meeting) + "/" + drawId + "/replay";
        JsonNode replay = scenario.api.get(replayPath, null).json();
        String record = scenario.api.get(recordPath, null).raw().body();

        assertThat(replay.path("verified").asBoolean()).as(replay.toString()).isTrue();
        assertThat(replay.path("matchesStoredDraw").asBoolean()).isTrue();
        assertThat(texts(replay.path("initialPanel"))).isEqualTo(pseudonyms(salt, texts(drawn.path("initialPanel"))));
        assertThat(texts(replay.path("initialAlternates")))
                .isEqualTo(pseudonyms(salt, texts(drawn.path("initialAlternates"))));
        assertThat(seatedExperts(replay)).isEqualTo(pseudonyms(salt, seatedExperts(office)));
        assertThat(record).doesNotContain(panel.toArray(String[]::new));

        Replay offline = DrawReplay.replay(parse(ServiceApi.JSON.readTree(record)));
        assertThat(offline.verified()).as(offline.failure()).isTrue();
        assertThat(offline.initialPanel()).isEqualTo(texts(replay.path("initialPanel")));
        assertThat(offline.seats().stream().map(seat -> seat.expert()).toList()).isEqualTo(seatedExperts(replay));
        assertThat(offline.commitments()).containsExactly(drawn.path("commitment").asString());

        try (ConfigurableApplicationContext restarted = restart()) {
            ServiceApi second = new ServiceApi(restarted.getEnvironment().getRequiredProperty("local.server.port",
                    Integer.class));
            assertThat(second.get(recordPath, null).raw().body()).isEqualTo(record);
            assertThat(second.get(replayPath, null).json()).isEqualTo(replay);
            JsonNode officeAfter = second.get(draws(meeting) + "/" + drawId, TestTokens.bearer(scenario.office))
                    .json();
            assertThat(officeAfter.path("seats")).isEqualTo(office.path("seats"));
            assertThat(officeAfter.path("steps")).isEqualTo(office.path("steps"));
        }
    }

    private ConfigurableApplicationContext restart() {
        List<String> args = new ArrayList<>();
        for (String name : SHARED) {
            args.add("--" + name + "=" + environment.getRequiredProperty(name));
        }
        args.add("--server.port=0");
        args.add("--server.address=127.0.0.1");
        return new SpringApplicationBuilder(CommitteeServiceApplication.class).run(args.toArray(String[]::new));
    }

    private static List<String> pseudonyms(Salt salt, List<String> experts) {
        return Pseudonyms.of(salt, experts);
    }

    /** What a third party does with the published JSON: build the algorithm's inputs from it, nothing else. */
    static PublishedDraw parse(JsonNode record) {
        JsonNode constraints = record.path("constraints");
        DrawConstraints parsed = DrawConstraints.of(record.path("meetingId").asString(),
                new TreeSet<>(texts(constraints.path("specialties"))),
                new TreeSet<>(texts(constraints.path("titleLevels"))), constraints.path("panelSize").asInt(),
                constraints.path("alternates").asInt());
        List<DrawRound> rounds = record.path("rounds").valueStream().map(round -> new DrawRound(
                round.path("index").asInt(), text(round, "previous"), round.path("count").asInt(),
                round.path("seedHash").asString(), round.path("commitment").asString(),
                Instant.parse(round.path("committedAt").asString()),
                text(round, "seed") == null ? null : Seed.ofHex(text(round, "seed")),
                text(round, "drawnAt") == null ? null : Instant.parse(text(round, "drawnAt")))).toList();
        List<DrawStep> steps = record.path("steps").valueStream().map(step -> new DrawStep(
                step.path("sequence").asInt(), DrawStepType.valueOf(step.path("type").asString()),
                Instant.parse(step.path("at").asString()), number(step, "round"), number(step, "seat"),
                text(step, "expert"), text(step, "note"))).toList();
        return new PublishedDraw(parsed, texts(record.path("pool")), rounds, steps);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static Integer number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asInt();
    }
}
