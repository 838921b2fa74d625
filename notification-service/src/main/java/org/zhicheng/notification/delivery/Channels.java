package org.zhicheng.notification.delivery;

import java.util.UUID;

import org.zhicheng.notification.inbox.NoticeTexts.Text;

/** The configured ways out: the mail server (if {@code spring.mail.host} is set) and the SMS gateway. */
class Channels {

    private final MailChannel mail;
    private final SmsGateway sms;

    Channels(MailChannel mail, SmsGateway sms) {
        this.mail = mail;
        this.sms = sms;
    }

    boolean mailConfigured() {
        return mail != null;
    }

    /** Sends one delivery; answers the provider's id. */
    String send(UUID deliveryId, Channel channel, String recipient, Text text) {
        return switch (channel) {
            case EMAIL -> {
                if (mail == null) {
                    throw new DeliveryFailure("no mail server is configured (spring.mail.host)", true, null);
                }
                yield mail.send(recipient, text.title(), text.body() + FOOTER);
            }
            case SMS -> sms.send(deliveryId, recipient, smsText(text));
        };
    }

    private static final String FOOTER = "\n\n—— 浙江省职称评审平台（此邮件由系统发出，请勿直接回复）";
    // an SMS of several segments is fine; a whole publicity text is not
    private static final int SMS_LIMIT = 300;

    private String smsText(Text text) {
        String message = text.title() + "：" + text.body();
        return message.length() <= SMS_LIMIT ? message : message.substring(0, SMS_LIMIT - 1) + "…";
    }
}
