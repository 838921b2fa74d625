package org.zhicheng.starter.web;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.problem.ProblemAutoConfiguration;
import org.zhicheng.starter.problem.ProblemRenderer;
import org.zhicheng.starter.time.ClockAutoConfiguration;

/**
 * Request ids for every servlet service, and Idempotency-Key replay where the service has a database (its expiry
 * on the service's {@link Clock}).
 */
@AutoConfiguration(after = { ProblemAutoConfiguration.class, DataSourceAutoConfiguration.class,
        ClockAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class WebAutoConfiguration {

    /** Before everything else, Spring Security included, so even a 401 carries the request id. */
    public static final int REQUEST_ID_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE;
    /** After Spring Security (order -100), whose authentication scopes the keys. */
    public static final int IDEMPOTENCY_FILTER_ORDER = 0;

    @Bean
    @ConditionalOnMissingBean(name = "requestIdFilter")
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(REQUEST_ID_FILTER_ORDER);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnBooleanProperty(name = "zhicheng.idempotency.enabled", matchIfMissing = true)
    static class IdempotencyConfiguration {

        @Bean
        @ConditionalOnMissingBean
        IdempotencyStore idempotencyStore(DataSource dataSource, IdempotencyProperties properties,
                ObjectProvider<Clock> clock) {
            // the service's clock decides expiry, as it decides every other timestamp the service writes
            return new IdempotencyStore(JdbcClient.create(dataSource),
                    clock.getIfAvailable(ClockAutoConfiguration::utcMicros), properties.ttl());
        }

        @Bean
        FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ProblemRenderer problems) {
            FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                    new IdempotencyFilter(store, problems));
            registration.setOrder(IDEMPOTENCY_FILTER_ORDER);
            return registration;
        }

        @Bean
        IdempotencyKeyPurger idempotencyKeyPurger(IdempotencyStore store, IdempotencyProperties properties) {
            return new IdempotencyKeyPurger(store, properties.purgeInterval());
        }
    }
}
