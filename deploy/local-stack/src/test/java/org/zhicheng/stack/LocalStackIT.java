package org.zhicheng.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.zhicheng.infra.Endpoints;

/** The launcher's own contract: every part answers, the gateway routes with a Keycloak token, the issuer matches. */
class LocalStackIT extends E2ETestBase {

    @Test
    void everyApplicationAnswersReadiness() throws Exception {
        for (StackService service : StackService.SERVICES) {
            assertThat(Endpoints.status(stack().serviceUrl(service.name()) + "/actuator/health/readiness"))
                    .as(service.name()).isEqualTo(200);
        }
        assertThat(Endpoints.status(gatewayUrl() + "/actuator/health/readiness")).isEqualTo(200);
    }

    @Test
    void gatewayRoutesToPlanServiceWithUserToken() {
        HttpResponse<String> plans = get("/api/v1/plans", userToken("hr.sy"));

        assertThat(plans.statusCode()).as(plans.body()).isEqualTo(200);
    }

    @Test
    void gatewayRefusesProtectedCallWithoutToken() {
        HttpResponse<String> plans = postJson("/api/v1/plans", null, "{}");

        assertThat(plans.statusCode()).isEqualTo(401);
    }

    @Test
    void tokensAreIssuedForTheIssuerTheServicesTrust() {
        String token = clientToken("plan-service");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8);

        assertThat(JsonPath.<String>read(payload, "$.iss")).isEqualTo(stack().issuer());
        assertThat(JsonPath.<String>read(payload, "$.service")).isEqualTo("plan-service");
    }
}
