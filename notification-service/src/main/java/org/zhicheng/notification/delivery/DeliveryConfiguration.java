package org.zhicheng.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DeliveryProperties.class, SmsProperties.class })
class DeliveryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

    /**
     * The mail server when one is configured ({@code spring.mail.host}; without it no e-mail is planned, and the
     * start says so), and the SMS gateway of {@code zhicheng.notification.sms.mode}.
     */
    @Bean
    Channels deliveryChannels(ObjectProvider<JavaMailSender> mailSender, DeliveryProperties delivery,
            SmsProperties sms, JsonMapper json) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host): notices are not sent by e-mail");
        }
        SmsGateway gateway = switch (sms.mode()) {
            case "http" -> new HttpSmsGateway(sms, json);
            case "log" -> new LoggingSmsGateway(sms.signature());
            default -> throw new IllegalStateException("zhicheng.notification.sms.mode must be http or log, was "
                    + sms.mode());
        };
        return new Channels(sender == null ? null : new MailChannel(sender, delivery.mailFrom()), gateway);
    }
}
