package org.zhicheng.starter.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import org.zhicheng.starter.problem.ProblemAutoConfiguration;
import org.zhicheng.starter.problem.ProblemRenderer;

/**
 * The one filter chain of a service: stateless, bearer tokens only (so CSRF protection has nothing to protect),
 * Keycloak JWTs validated by the decoder Boot builds from {@code spring.security.oauth2.resourceserver.jwt.*}.
 * Open: health/info/prometheus, the OpenAPI documents and every {@link PublicEndpoints} path; all else needs a token.
 * Method security is on, so {@code @PreAuthorize("hasRole('hr-bureau')")} works. A service that needs a different
 * chain declares its own {@link SecurityFilterChain} bean and this one steps aside.
 */
@AutoConfiguration(after = ProblemAutoConfiguration.class,
        before = { OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
                ManagementWebSecurityAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(ZhichengSecurityProperties.class)
public class ZhichengSecurityAutoConfiguration {

    /** Explicit timeouts for fetching the signing keys, applied to the decoder Boot builds. */
    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer zhichengJwkSetTimeouts(ZhichengSecurityProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.jwkSetConnectTimeout());
        requests.setReadTimeout(properties.jwkSetReadTimeout());
        RestTemplate restTemplate = new RestTemplate(requests);
        return builder -> builder.restOperations(restTemplate);
    }

    @Bean
    @ConditionalOnMissingBean
    KeycloakJwtConverter keycloakJwtConverter() {
        return new KeycloakJwtConverter();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemRenderer renderer) {
        return new ProblemSecurityHandlers(renderer);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain zhichengSecurityFilterChain(HttpSecurity http, KeycloakJwtConverter converter,
            ProblemSecurityHandlers handlers, ObjectProvider<PublicEndpoints> publicEndpoints) throws Exception {
        List<String> publicGets = publicEndpoints.orderedStream().flatMap(p -> p.getPaths().stream()).toList();
        List<String> publicPosts = publicEndpoints.orderedStream().flatMap(p -> p.postPaths().stream()).toList();
        http.csrf(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .formLogin(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .authorizeHttpRequests(requests -> {
                requests.requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll();
                requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll();
                // the error dispatch must not turn a 404 or 500 of an anonymous call into a 401
                requests.requestMatchers("/error").permitAll();
                if (!publicGets.isEmpty()) {
                    requests.requestMatchers(HttpMethod.GET, publicGets.toArray(String[]::new)).permitAll();
                    requests.requestMatchers(HttpMethod.HEAD, publicGets.toArray(String[]::new)).permitAll();
                }
                if (!publicPosts.isEmpty()) {
                    requests.requestMatchers(HttpMethod.POST, publicPosts.toArray(String[]::new)).permitAll();
                }
                requests.anyRequest().authenticated();
            })
            .oauth2ResourceServer(resourceServer -> resourceServer
                .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                .authenticationEntryPoint(handlers)
                .accessDeniedHandler(handlers))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(handlers)
                .accessDeniedHandler(handlers));
        return http.build();
    }
}
