package org.zhicheng.committee.draw;

import java.security.SecureRandom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.committee.draw.domain.DrawRules;
import org.zhicheng.committee.draw.domain.DrawSecrets;
import org.zhicheng.starter.security.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DrawProperties.class, DrawSummonsProperties.class })
class DrawConfiguration {

    @Bean
    DrawRules drawRules(DrawProperties properties) {
        return new DrawRules(properties.settings());
    }

    /** Seeds and salts from the platform's non-blocking strong source ({@code new SecureRandom()}). */
    @Bean
    DrawSecrets drawSecrets() {
        return new DrawSecrets(new SecureRandom());
    }

    /**
     * A draw's published record and its replay are public: anyone may check that the panel is the one the committed
     * pool and the revealed seed give. They name experts only by salted pseudonym.
     */
    @Bean
    PublicEndpoints drawPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/meetings/*/draws/*/record", "/api/v1/meetings/*/draws/*/replay");
    }
}
