package org.zhicheng.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.notification.sms.*}: the SMS provider.
 *
 * @param mode      {@code http} (the provider's HTTP API) or {@code log} (write what would be sent to the log: local
 *                  stack, demos)
 * @param url       the provider's send endpoint (mode http)
 * @param apiKey    the provider's key, sent as a bearer token; from the environment, never in a file
 * @param signature the SMS signature (短信签名) the provider requires, e.g. 【职称评审】
 * @param timeout   how long a send may take
 */
@ConfigurationProperties("zhicheng.notification.sms")
public record SmsProperties(@DefaultValue("log") String mode, String url, String apiKey,
        @DefaultValue("职称评审") String signature, @DefaultValue("10s") Duration timeout) {
}
