package org.zhicheng.notification.delivery;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP through Spring's {@link JavaMailSender} ({@code spring.mail.host}, {@code port}, …): UTF-8 plain
 * text. A recipient the server refuses outright is a permanent failure; anything else is tried again.
 */
class MailChannel {

    private final JavaMailSender sender;
    private final String from;

    MailChannel(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Sends the message; answers its Message-ID. */
    String send(String to, String subject, String text) {
        try {
            MimeMessage message = this.sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            InternetAddress sender = new InternetAddress(from, false);
            if (sender.getPersonal() == null) {
                helper.setFrom(sender.getAddress());
            } else {
                helper.setFrom(sender.getAddress(), sender.getPersonal());
            }
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            this.sender.send(message);
            return message.getMessageID();
        } catch (MailSendException ex) {
            boolean refused = ex.getFailedMessages().values().stream()
                    .anyMatch(cause -> cause instanceof SendFailedException failed
                            && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0);
            throw new DeliveryFailure("mail not sent: " + ex.getMessage(), refused, ex);
        } catch (MailException | MessagingException | java.io.UnsupportedEncodingException ex) {
            throw new DeliveryFailure("mail not sent: " + ex.getMessage(), false, ex);
        }
    }
}
