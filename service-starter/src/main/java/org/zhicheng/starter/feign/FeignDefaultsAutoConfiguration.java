package org.zhicheng.starter.feign;

import feign.Capability;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Feign defaults every {@code @FeignClient} of a service inherits from the application context: request ids,
 * the service token, problem decoding, 503 on connection failure, and a circuit breaker that counts only the other
 * service's failures (a 404 or 422 answer is a valid answer, not a sign of a sick service).
 */
@AutoConfiguration(after = { OAuth2ClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnClass(name = "org.springframework.cloud.openfeign.FeignClient")
@EnableConfigurationProperties(FeignDefaultsProperties.class)
public class FeignDefaultsAutoConfiguration {

    @Bean
    RequestIdInterceptor requestIdFeignInterceptor() {
        return new RequestIdInterceptor();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorDecoder.class)
    ProblemErrorDecoder problemErrorDecoder(JsonMapper jsonMapper) {
        return new ProblemErrorDecoder(jsonMapper);
    }

    @Bean
    Capability unavailableOnConnectionFailure() {
        return new UnavailableOnConnectionFailure();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ClientRegistrationRepository.class)
    static class ServiceTokenConfiguration {

        /** Works outside HTTP requests too (Kafka listeners, the relay): no servlet request is needed to get a token. */
        @Bean
        @ConditionalOnMissingBean
        AuthorizedClientServiceOAuth2AuthorizedClientManager zhichengAuthorizedClientManager(
                ClientRegistrationRepository registrations, OAuth2AuthorizedClientService authorizedClients) {
            AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                    new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
            manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
            return manager;
        }

        @Bean
        RequestInterceptor serviceTokenFeignInterceptor(AuthorizedClientServiceOAuth2AuthorizedClientManager manager,
                ClientRegistrationRepository registrations, FeignDefaultsProperties properties) {
            if (registrations.findByRegistrationId(properties.registrationId()) == null) {
                // no service account configured (e.g. a test against WireMock): calls go without a token
                return template -> {
                };
            }
            return new ServiceTokenInterceptor(manager, properties.registrationId());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Resilience4JCircuitBreakerFactory.class)
    static class CircuitBreakerConfiguration {

        @Bean
        Customizer<Resilience4JCircuitBreakerFactory> zhichengCircuitBreakerDefaults() {
            CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
                .ignoreException(ex -> ex instanceof RemoteProblemException remote && remote.status() < 500)
                .build();
            return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(circuitBreaker)
                .timeLimiterConfig(TimeLimiterConfig.ofDefaults())
                .build());
        }
    }
}
