package org.zhicheng.starter.feign;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.zhicheng.starter.problem.Problems;

/**
 * Adds the service's own bearer token (client credentials of registration {@code zhicheng}) to every Feign request.
 * The manager keeps the token until shortly before it expires, so Keycloak is asked once per token lifetime, not
 * per call. A request that already carries an {@code Authorization} header keeps it.
 */
public class ServiceTokenInterceptor implements RequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ServiceTokenInterceptor.class);
    /** The principal the service's token is cached under: one token for the whole service. */
    static final String SERVICE_PRINCIPAL = "zhicheng-service";

    private final OAuth2AuthorizedClientManager clients;
    private final String registrationId;

    public ServiceTokenInterceptor(OAuth2AuthorizedClientManager clients, String registrationId) {
        this.clients = clients;
        this.registrationId = registrationId;
    }

    @Override
    public void apply(RequestTemplate template) {
        if (template.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(registrationId)
            .principal(SERVICE_PRINCIPAL)
            .build();
        OAuth2AuthorizedClient client;
        try {
            client = clients.authorize(request);
        }
        catch (OAuth2AuthorizationException | IllegalArgumentException ex) {
            log.warn("No service token from registration {}: {}", registrationId, ex.getMessage());
            throw Problems.unavailable("keycloak");
        }
        if (client == null) {
            throw Problems.unavailable("keycloak");
        }
        template.header(HttpHeaders.AUTHORIZATION, "Bearer " + client.getAccessToken().getTokenValue());
    }
}
