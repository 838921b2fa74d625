package org.zhicheng.starter.feign;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.feign.*}.
 *
 * @param registrationId the OAuth2 client registration whose client-credentials token Feign calls carry
 * ({@code spring.security.oauth2.client.registration.zhicheng.*}); without such a registration calls go without a
 * token (tests against WireMock)
 */
@ConfigurationProperties("zhicheng.feign")
public record FeignDefaultsProperties(@DefaultValue("zhicheng") String registrationId) {
}
