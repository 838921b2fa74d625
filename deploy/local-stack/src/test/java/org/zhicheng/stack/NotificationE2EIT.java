package org.zhicheng.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * A publicity on the real stack, through the gateway with real Keycloak tokens: the HR bureau registers a committee,
 * its office opens a pre-evaluation publicity of five working days, someone objects anonymously and reads the state
 * with the access code, and notification-service is restarted with its clock past the publicity's end: the publicity
 * is held open by the unanswered objection and refuses a late one; the office investigates and answers, and the
 * publicity closes at once. Its events are on Kafka as the relay sent them. The committee and its office are this
 * test's own.
 */
class NotificationE2EIT extends E2ETestBase {

    private static final String SHANGYU = "330604";
    private static final String TOPIC = "zhicheng.notification.events";

    @Test
    void aPublicityIsOpenedObjectedToHeldPastItsEndAnsweredAndClosed() {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String code = "E2N-" + run;
        String officeUser = "office.e2n-" + run.toLowerCase(Locale.ROOT);
        new KeycloakUsers(stack()).create(officeUser, "committee-office", Map.of("region", SHANGYU,
                "committees", code));
        String office = userToken(officeUser);
        HttpResponse<String> registered = postJson("/api/v1/committees", userToken("hr.sy"), """
                {"code":"%s","name":"E2E 公示测试评委会 %s","level":"INTERMEDIATE","kind":"REGULAR",
                 "series":"ENGINEERING","specialties":["建筑施工"],"evaluatedTitles":["ENGINEER_INTERMEDIATE"],
                 "territory":"%s"}""".formatted(code, run, SHANGYU));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        String application = UUID.randomUUID().toString();
        HttpResponse<String> opened = postJson("/api/v1/publicities", office, """
                {"kind":"PRE_EVALUATION","subject":{"type":"APPLICATION_LIST","id":"e2e-%s"},"committee":"%s",
                 "title":"E2E 评前公示 %s","body":"以下人员通过资格审查，现予公示。联系电话：0575-82125678。",
                 "entries":[{"applicationId":"%s","person":"P-E2E-%s","name":"陈明","unit":"上虞区某建设公司",
                 "title":"工程师","specialty":"建筑施工","representativeAchievements":["深基坑支护项目负责人"]}]}"""
                .formatted(run, code, run, application, run));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String publicity = JsonPath.read(opened.body(), "$.id");
        String entry = JsonPath.read(opened.body(), "$.entries[0].id");
        assertThat(JsonPath.<String>read(opened.body(), "$.publisher")).isEqualTo("E2E 公示测试评委会 " + run);
        assertThat(JsonPath.<Integer>read(opened.body(), "$.period.workingDays")).isEqualTo(5);

        // anyone reads it: the entry as the notice shows it, nothing private
        HttpResponse<String> anonymousRead = get("/api/v1/publicities/" + publicity, null);
        assertThat(anonymousRead.statusCode()).isEqualTo(200);
        assertThat(anonymousRead.body()).contains("陈明").doesNotContain(application).doesNotContain("P-E2E-");

        // an anonymous objection: tracking number and access code, the office told in its inbox
        HttpResponse<String> raised = postJson("/api/v1/objections", null, """
                {"publicityId":"%s","entryId":"%s","text":"该项目负责人另有其人。"}""".formatted(publicity, entry));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        String tracking = JsonPath.read(raised.body(), "$.trackingNumber");
        String accessCode = JsonPath.read(raised.body(), "$.accessCode");
        assertThat(JsonPath.<String>read(readWithCode(tracking, accessCode).body(), "$.status"))
                .isEqualTo("REGISTERED");
        assertThat(get("/api/v1/objections/" + tracking, null).statusCode()).isEqualTo(404);
        HttpResponse<String> officeInbox = get("/api/v1/inbox?address=COMMITTEE:" + code, office);
        assertThat(JsonPath.<List<String>>read(officeInbox.body(), "$.content[*].type"))
                .contains("OBJECTION_ASSIGNED");

        // notification-service's clock past the end: the open objection holds the publicity
        LocalStack.restartService(stack(), "notification", List.of("--zhicheng.time.offset=P12D",
                "--zhicheng.notification.publicity.close-interval=1s"));
        try {
            awaitStatus(publicity, "HELD");
            HttpResponse<String> late = postJson("/api/v1/objections", null, """
                    {"publicityId":"%s","text":"补充异议"}""".formatted(publicity));
            assertThat(late.statusCode()).isEqualTo(422);
            assertThat(JsonPath.<String>read(late.body(), "$.rule")).isEqualTo("001-五(二)");
            HttpResponse<String> early = postJson("/api/v1/publicities/" + publicity + "/close", office, "{}");
            assertThat(JsonPath.<String>read(early.body(), "$.code")).isEqualTo("publicity.objections-open");

            HttpResponse<String> note = postJson("/api/v1/objections/" + tracking + "/notes", office,
                    "{\"text\":\"调取项目合同与验收报告。\"}");
            assertThat(note.statusCode()).as(note.body()).isEqualTo(200);
            HttpResponse<String> answered = postJson("/api/v1/objections/" + tracking + "/answer", office,
                    "{\"outcome\":\"NOT_UPHELD\",\"answer\":\"经核实，申报人为项目负责人，异议不属实。\"}");
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            HttpResponse<String> closed = get("/api/v1/publicities/" + publicity, null);
            assertThat(JsonPath.<String>read(closed.body(), "$.status")).isEqualTo("CLOSED");
            assertThat(JsonPath.<String>read(closed.body(), "$.outcome")).isEqualTo("OBJECTIONS_NOT_UPHELD");
            assertThat(JsonPath.<String>read(readWithCode(tracking, accessCode).body(), "$.answer.outcome"))
                    .isEqualTo("NOT_UPHELD");

            List<String> types = eventsOf(publicity, 4);
            assertThat(types).containsExactly("PublicityStarted", "ObjectionRaised", "ObjectionResolved",
                    "PublicityClosed");
        } finally {
            LocalStack.restartService(stack(), "notification", List.of());
        }
    }

    private static HttpResponse<String> readWithCode(String tracking, String code) {
        return send(gateway("/api/v1/objections/" + tracking, null).header("X-Access-Code", code).GET().build());
    }

    private static void awaitStatus(String publicity, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = JsonPath.read(get("/api/v1/publicities/" + publicity, null).body(), "$.status");
            if (status.equals(last)) {
                return;
            }
            pause();
        }
        throw new AssertionError("publicity " + publicity + " is " + last + ", not " + status);
    }

    /** The types of the first {@code count} events keyed by the publicity, in the order Kafka holds them. */
    private static List<String> eventsOf(String publicity, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (types.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (publicity.equals(record.key())) {
                        types.add(JsonPath.read(record.value(), "$.type"));
                    }
                }
            }
        }
        return types;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
