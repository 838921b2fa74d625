package org.zhicheng.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailServerTest {

    private static final String EXPERT = "expert.sy@zhicheng.example";
    private static final String OFFICE = "office.sy@zhicheng.example";
    private static final String SENDER = "noreply@zhicheng.example";
    private static final String SUBJECT = "评审会议通知：上虞区工程系列中级评审委员会";
    private static final String BODY = "尊敬的专家：\n您已被抽取为2026年度建设工程评审会评委，请于会前确认。\n";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void readsBackAChineseMessageThroughTheApiAndOverImap() throws Exception {
        try (MailServer server = MailServer.startTemporary()) {
            MimeMessage message = new MimeMessage(session(server));
            message.setFrom(new InternetAddress(SENDER, "职称评审平台", "UTF-8"));
            message.setRecipients(Message.RecipientType.TO, EXPERT);
            message.setSubject(SUBJECT, "UTF-8");
            message.setText(BODY, "UTF-8");
            message.saveChanges();
            // what the server has to decode: an encoded-word subject and a base64 body
            assertThat(raw(message)).contains("Subject: =?UTF-8?B?", "Content-Transfer-Encoding: base64")
                    .doesNotContain("评审");
            Transport.send(message);

            List<MailServer.Mail> received = server.awaitMessagesTo(EXPERT, 1, WAIT);

            assertThat(received).containsExactly(new MailServer.Mail(SENDER, EXPERT, SUBJECT, BODY));
            assertThat(server.received()).isEqualTo(received);
            assertThat(server.messagesTo(OFFICE)).isEmpty();

            // the auto-created mailbox: login and password are the address
            try (Store store = session(server).getStore("imap")) {
                store.connect(server.host(), server.imapPort(), EXPERT, EXPERT);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                Message[] messages = inbox.getMessages();
                assertThat(messages).hasSize(1);
                assertThat(messages[0].getSubject()).isEqualTo(SUBJECT);
                assertThat(messages[0].getContent().toString().replace("\r\n", "\n")).isEqualTo(BODY);
                inbox.close(false);
            }
            try (Store store = session(server).getStore("imap")) {
                assertThatThrownBy(() -> store.connect(server.host(), server.imapPort(), EXPERT, "zhicheng-demo"))
                        .isInstanceOf(AuthenticationFailedException.class);
            }
        }
    }

    @Test
    void decodesQuotedPrintableAndMultipartBodiesForEachRecipient() throws Exception {
        try (MailServer server = MailServer.startTemporary()) {
            MimeMessage quotedPrintable = new MimeMessage(session(server));
            quotedPrintable.setFrom(SENDER);
            quotedPrintable.setRecipients(Message.RecipientType.TO, OFFICE);
            quotedPrintable.setSubject("公示期异议处理结果", "UTF-8");
            quotedPrintable.setText("异议已受理。", "UTF-8");
            quotedPrintable.setHeader("Content-Transfer-Encoding", "quoted-printable");
            quotedPrintable.saveChanges();
            assertThat(raw(quotedPrintable)).contains("quoted-printable").doesNotContain("异议");
            Transport.send(quotedPrintable);

            MimeMessage alternative = new MimeMessage(session(server));
            alternative.setFrom(SENDER);
            alternative.setRecipients(Message.RecipientType.TO, OFFICE);
            alternative.setRecipients(Message.RecipientType.BCC, EXPERT);
            alternative.setSubject("会议改期", "UTF-8");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText("会议改至下周三。", "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent("<p>会议改至<b>下周三</b>。</p>", "text/html; charset=UTF-8");
            alternative.setContent(new MimeMultipart("alternative", plain, html));
            Transport.send(alternative);

            List<MailServer.Mail> office = server.awaitMessagesTo(OFFICE, 2, WAIT);
            List<MailServer.Mail> expert = server.awaitMessagesTo(EXPERT, 1, WAIT);

            assertThat(office).extracting(MailServer.Mail::subject, MailServer.Mail::body).containsExactly(
                    tuple("公示期异议处理结果", "异议已受理。"),
                    tuple("会议改期", "会议改至下周三。"));
            assertThat(expert).containsExactly(new MailServer.Mail(SENDER, EXPERT, "会议改期", "会议改至下周三。"));
            assertThat(server.received()).hasSize(3);
        }
    }

    @Test
    void listensOnLoopbackOnlyOnTheGivenPortsAndFreesThemOnClose() {
        int smtp = FreePorts.find();
        int imap = FreePorts.find();
        try (MailServer server = MailServer.start(smtp, imap)) {
            assertThat(List.of(server.smtpPort(), server.imapPort())).containsExactly(smtp, imap);
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(Endpoints.accepts(smtp)).isTrue();
            assertThat(Endpoints.accepts(imap)).isTrue();
            // another loopback address reaches a wildcard listener but not one bound to 127.0.0.1 (Linux)
            assertThat(accepts("127.0.0.2", smtp)).isFalse();
            assertThat(accepts("127.0.0.2", imap)).isFalse();

            assertThatThrownBy(() -> MailServer.start(smtp, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SMTP: port " + smtp);
        }
        assertThat(Endpoints.accepts(smtp)).isFalse();
        assertThat(Endpoints.accepts(imap)).isFalse();
    }

    @Test
    void waitingForMissingMessagesFailsWithWhatArrived() {
        try (MailServer server = MailServer.startTemporary()) {
            assertThatThrownBy(() -> server.awaitMessagesTo(EXPERT, 1, Duration.ofMillis(300)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(EXPERT + " received 0 of 1 messages");
        }
    }

    private static Session session(MailServer server) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", server.host());
        properties.setProperty("mail.smtp.port", Integer.toString(server.smtpPort()));
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.setProperty("mail.imap.connectiontimeout", "5000");
        properties.setProperty("mail.imap.timeout", "5000");
        return Session.getInstance(properties);
    }

    private static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean accepts(String address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(address), port), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
