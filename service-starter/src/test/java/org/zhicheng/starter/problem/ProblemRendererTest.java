package org.zhicheng.starter.problem;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Message arguments as a client reads them: numbers as written, not in the locale's number format. */
class ProblemRendererTest {

    private final ProblemRenderer renderer = new ProblemRenderer(new ProblemMessages(), JsonMapper.builder().build());

    private static MockHttpServletRequest request(String language) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/plans/2024");
        request.addHeader("Accept-Language", language);
        return request;
    }

    @Test
    void aYearArgumentPrintsAs2024() {
        ProblemBody zh = renderer.render(Problems.notFound("plan", 2024), request("zh-CN"));
        ProblemBody en = renderer.render(Problems.notFound("plan", 2024), request("en"));

        assertThat(zh.detail()).isEqualTo("plan 2024 不存在");
        assertThat(en.detail()).isEqualTo("plan 2024 does not exist");
    }

    @Test
    void largeAndDecimalNumbersPrintPlainlyToo() {
        ProblemBody body = renderer.render(HttpStatus.NOT_FOUND, "thing.not-found", "not-found", null,
                new Object[] { new BigDecimal("1E+3"), 1234567L }, List.of(), request("en"));

        assertThat(body.detail()).isEqualTo("Thing 1234567 was never made");
        assertThat(ProblemRenderer.plain(new Object[] { new BigDecimal("1E+3"), 12345, "2,024", null }))
            .containsExactly("1000", "12345", "2,024", null);
    }

    @Test
    void aWrongStateNamesItsRule() {
        ProblemBody body = renderer.render(Problems.wrongState("plan", "PUBLISHED", "update", "000-三(三)"),
                request("zh-CN"));

        assertThat(body.status()).isEqualTo(409);
        assertThat(body.code()).isEqualTo("plan.wrong-state");
        assertThat(body.rule()).isEqualTo("000-三(三)");
        assertThat(body.detail()).isEqualTo("plan 处于 PUBLISHED 状态，不能执行 update");
    }
}
