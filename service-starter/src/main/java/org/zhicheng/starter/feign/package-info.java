/**
 * Defaults for the services' {@code @FeignClient}s: a service-account bearer token (OAuth2 client credentials from
 * Keycloak, cached until it expires), the request id, timeouts and a circuit breaker, and the other service's
 * problem details decoded into {@link org.zhicheng.starter.feign.RemoteProblemException}; a dead service becomes 503.
 */
package org.zhicheng.starter.feign;
