package org.zhicheng.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.zhicheng.infra.Endpoints;
import org.zhicheng.infra.MailServer;

/**
 * The launcher's own contract: every part answers, the gateway routes with a Keycloak token, the issuer matches,
 * notification-service is pointed at the mail server.
 */
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

    @Test
    void notificationServiceIsPointedAtTheMailServerAndSmsAtTheLog() {
        long pid = stack().applicationPids().get(StackService.NOTIFICATION.name());
        List<String> arguments = List.of(ProcessHandle.of(pid).orElseThrow().info().arguments().orElseThrow());

        assertThat(arguments).contains("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + stack().mailSmtpPort(), "--zhicheng.notification.sms.mode=log");
    }

    @Test
    void mailSentToTheStackSmtpPortArrivesInTheRecipientsMailbox() throws Exception {
        String address = "hr.ld@zhicheng.example";
        int before = mail().messagesTo(address).size();
        Properties settings = new Properties();
        settings.setProperty("mail.smtp.host", "127.0.0.1");
        settings.setProperty("mail.smtp.port", Integer.toString(stack().mailSmtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(settings));
        message.setFrom("noreply@zhicheng.example");
        message.setRecipients(Message.RecipientType.TO, address);
        message.setSubject("评审结果公示", "UTF-8");
        message.setText("公示期为5个工作日。", "UTF-8");
        Transport.send(message);

        List<MailServer.Mail> received = mail().awaitMessagesTo(address, before + 1, Duration.ofSeconds(10));

        assertThat(received.getLast()).isEqualTo(
                new MailServer.Mail("noreply@zhicheng.example", address, "评审结果公示", "公示期为5个工作日。"));
        assertThat(stack().mailImapPort()).isEqualTo(mail().imapPort());
    }
}
