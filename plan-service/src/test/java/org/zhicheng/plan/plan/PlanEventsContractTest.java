package org.zhicheng.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.plan.Api;
import org.zhicheng.plan.Api.Reply;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan events as they land on Kafka, checked against their payload schemas in the events contract
 * ({@code docs/events/asyncapi.yaml}), which the consumers (notification-service first) are written against.
 */
@ZhichengServiceTest
class PlanEventsContractTest {

    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "shangyu-engineering");
    static final TestUser HR_SHAOXING = TestUsers.hrBureau(SHAOXING);
    static final Path CONTRACT = AsyncApiContract.repositoryContract();

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void publishedAndClosedEnvelopesMatchTheContract() {
        String id = publishedPlan();
        String published = PlanTopic.awaitEvent(id, "PlanPublished");
        transition(id, "close", HR_SHAOXING);
        String closed = PlanTopic.awaitEvent(id, "PlanClosed");

        AsyncApiContract.assertMatches(CONTRACT, "PlanPublished", published);
        AsyncApiContract.assertMatches(CONTRACT, "PlanClosed", closed);
    }

    @Test
    void aDeadlineChangedEnvelopeMatchesTheContract() {
        String id = publishedPlan();
        Reply changed = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_SHAOXING),
                java.util.Map.of("stage", "INDIVIDUAL_APPLICATION", "newDeadline", "2024-08-20", "reason",
                        "统一申报时间"));
        assertThat(changed.status()).as("change: %s", changed.json()).isEqualTo(200);

        String event = PlanTopic.awaitEvent(id, "PlanDeadlineChanged");

        AsyncApiContract.assertMatches(CONTRACT, "PlanDeadlineChanged", event);
        ObjectNode envelope = (ObjectNode) Api.JSON.readTree(event);
        assertThat(envelope.path("data").path("stage").asString()).isEqualTo("INDIVIDUAL_APPLICATION");
        JsonNode oldDeadline = envelope.path("data").path("oldDeadline");
        assertThat(oldDeadline.isNull() || oldDeadline.isMissingNode()).as("no old stage deadline").isTrue();
        ((ObjectNode) envelope.path("data")).remove("reason");
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanDeadlineChanged", envelope)).isNotEmpty();
    }

    @Test
    void anEnvelopeMissingARequiredFieldIsReported() {
        String id = publishedPlan();
        ObjectNode envelope = (ObjectNode) Api.JSON.readTree(PlanTopic.awaitEvent(id, "PlanPublished"));
        ((ObjectNode) envelope.path("data")).remove("year");

        assertThat(AsyncApiContract.violations(CONTRACT, "PlanPublished", envelope))
                .singleElement().asString().contains("/data").contains("year");
        assertThatThrownBy(() -> AsyncApiContract.assertMatches(CONTRACT, "PlanPublished",
                Api.JSON.writeValueAsString(envelope)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("year");
        // a PlanPublished is no PlanClosed: its type and data do not fit that message
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanClosed", envelope)).isNotEmpty();
    }

    private String publishedPlan() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"));
        assertThat(created.status()).as("create: %s", created.json()).isEqualTo(201);
        String id = created.json().path("id").asString();
        transition(id, "submit", OFFICE);
        transition(id, "approve", HR_SHAOXING);
        transition(id, "publish", HR_SHAOXING);
        return id;
    }

    private void transition(String id, String action, TestUser user) {
        Reply reply = api.post("/api/v1/plans/" + id + "/" + action, TestTokens.bearer(user),
                "approve".equals(action) ? PlanBodies.reason("符合年度计划") : null);
        assertThat(reply.status()).as("%s: %s", action, reply.json()).isEqualTo(200);
    }
}
