package org.zhicheng.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.notification.support.KafkaEvents;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;

import tools.jackson.databind.JsonNode;

/**
 * application-service's {@code ResultPublished}, as documented in the contract, becomes the public passed list
 * (评审通过人员名单), once however often it is delivered.
 */
@NotificationServiceTest
class PassedListFromKafkaTest {

    private static final String TOPIC = "zhicheng.application.events";

    @LocalServerPort
    int port;

    @Test
    void aPublishedResultIsAnnouncedAsThePassedList() {
        UUID result = UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("resultId", result.toString());
        data.put("committee", "SY-ENG-MID");
        data.put("committeeName", "上虞区建设工程中级评委会");
        data.put("region", "330604");
        data.put("year", 2026);
        data.put("title", "2026年度建设工程中级职称评审通过人员名单");
        data.put("approvalReference", "虞人社〔2026〕88号");
        data.put("publishedAt", "2026-12-01T02:00:00Z");
        data.put("passed", List.of(
                Map.of("applicationId", UUID.randomUUID().toString(), "name", "陈明", "unit", "上虞区某建设公司",
                        "title", "工程师", "specialty", "建筑施工"),
                Map.of("applicationId", UUID.randomUUID().toString(), "name", "李华", "unit", "上虞区某设计院",
                        "title", "工程师")));
        UUID event = UUID.randomUUID();
        String envelope = KafkaEvents.envelope(event, "application-service", "ResultPublished", result.toString(),
                data);
        AsyncApiContract.assertMatches(AsyncApiContract.repositoryContract(), "ResultPublished", envelope);

        KafkaEvents.sendRaw(TOPIC, result.toString(), envelope);
        KafkaEvents.sendRaw(TOPIC, result.toString(), envelope);
        KafkaEvents.awaitConsumed(TOPIC);

        Reply listed = new ServiceApi(port).get("/api/v1/announcements?region=3306&kind=PASSED_LIST&size=100", null);
        List<JsonNode> mine = listed.json().path("content").valueStream()
                .filter(node -> node.path("subjectId").asString().equals(result.toString())).toList();
        assertThat(mine).hasSize(1);
        JsonNode notice = mine.getFirst();
        assertThat(notice.path("title").asString()).isEqualTo("2026年度建设工程中级职称评审通过人员名单");
        assertThat(notice.path("body").asString())
                .startsWith("经上虞区建设工程中级评委会评审、公示无异议，以下 2 人评审通过：")
                .contains("1. 陈明，上虞区某建设公司，工程师（建筑施工）")
                .contains("2. 李华，上虞区某设计院，工程师\n")
                .contains("核准文件：虞人社〔2026〕88号")
                .endsWith("发布日期：2026年12月1日");
        assertThat(notice.path("publishedAt").asString()).isEqualTo("2026-12-01T02:00:00Z");
    }
}
