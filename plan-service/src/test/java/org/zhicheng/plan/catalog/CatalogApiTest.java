package org.zhicheng.plan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

@ZhichengServiceTest
class CatalogApiTest {

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void anyoneReadsTheSeriesWithTheirSpecialties() {
        Reply reply = api.get("/api/v1/catalog/series", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode engineering = find(reply.json(), "ENGINEERING");
        assertThat(engineering.path("nameZh").asString()).isEqualTo("工程");
        assertThat(engineering.path("examOnly").asBoolean()).isFalse();
        assertThat(engineering.path("specialties").valueStream().map(s -> s.path("nameZh").asString()))
                .contains("机电制造", "信息技术", "能源", "材料", "轻纺", "石油和化学", "建筑施工");
        assertThat(find(reply.json(), "ECONOMICS").path("examOnly").asBoolean()).isTrue();
        assertThat(find(reply.json(), "LAWYER").path("nameZh").asString()).isEqualTo("律师");
    }

    @Test
    void oneSeriesByCodeAndAnUnknownOneIsNotFound() {
        Reply series = api.get("/api/v1/catalog/series/SCHOOL_TEACHER", null);
        Reply unknown = api.get("/api/v1/catalog/series/ALCHEMY", null);

        assertThat(series.status()).isEqualTo(200);
        assertThat(series.json().path("nameZh").asString()).isEqualTo("中小学教师");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("series.not-found");
    }

    @Test
    void levelsComeInRankOrder() {
        Reply reply = api.get("/api/v1/catalog/levels", null);

        assertThat(reply.json().valueStream().map(level -> level.path("nameZh").asString()))
                .containsExactly("员级", "助理级", "中级", "副高级", "正高级");
    }

    @Test
    void titlesFilterBySeriesAndLevel() {
        Reply reply = api.get("/api/v1/catalog/titles?series=ENGINEERING&level=DEPUTY_SENIOR", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().valueStream().map(title -> title.path("code").asString()))
                .containsExactly("ENGINEER_SENIOR");
        assertThat(reply.json().get(0).path("nameZh").asString()).isEqualTo("高级工程师");
        assertThat(api.get("/api/v1/catalog/titles?series=LAWYER", null).json().valueStream()
                .map(title -> title.path("nameZh").asString()))
                .containsExactly("四级律师", "三级律师", "二级律师", "一级律师");
    }

    private static JsonNode find(JsonNode array, String code) {
        return array.valueStream().filter(node -> code.equals(node.path("code").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + array));
    }
}
