package org.zhicheng.gateway.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The gateway's one filter chain. It deliberately knows no per-service rules: reads pass anonymously and each
 * service refuses what is not public; the gateway only stops anonymous writes early, because the one public write
 * (objections) is also the one it rate-limits.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String ANONYMOUS_WRITES = "/api/v1/objections/**";
    private static final List<HttpMethod> WRITE_METHODS =
            List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemSecurityHandlers handlers) {
        return http
                // Bearer tokens only, no cookies and no sessions: nothing a browser could be tricked into sending.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // Caching is the services' call (public plans carry ETags); a gateway-wide no-store would overrule it.
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                // answered earlier, for every request, by PortalCorsFilter
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/fallback/**").denyAll()
                        .matchers(writesTo(ANONYMOUS_WRITES)).permitAll()
                        .matchers(writesTo("/**")).authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .build();
    }

    private static ServerWebExchangeMatcher writesTo(String pattern) {
        List<ServerWebExchangeMatcher> matchers = new ArrayList<>();
        for (HttpMethod method : WRITE_METHODS) {
            matchers.add(ServerWebExchangeMatchers.pathMatchers(method, pattern));
        }
        return new OrServerWebExchangeMatcher(matchers);
    }
}
