package org.zhicheng.notification.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    /** The subscriptions' secrets are sealed with the configured key; a missing or malformed key stops the start. */
    @Bean
    SecretBox webhookSecretBox(WebhookProperties properties) {
        return new SecretBox(properties.encryptionKey());
    }
}
