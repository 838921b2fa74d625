package org.zhicheng.starter.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.security.*}.
 *
 * @param jwkSetConnectTimeout connect timeout when fetching Keycloak's signing keys
 * @param jwkSetReadTimeout read timeout of that fetch (a first fetch on a cold Keycloak is slow; too short a bound
 * turns it into failed requests)
 */
@ConfigurationProperties("zhicheng.security")
public record ZhichengSecurityProperties(@DefaultValue("2s") Duration jwkSetConnectTimeout,
        @DefaultValue("5s") Duration jwkSetReadTimeout) {
}
