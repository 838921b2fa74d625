/**
 * Security of every service: Keycloak access tokens are validated (Boot's JWT resource server), mapped to a
 * {@link org.zhicheng.starter.security.ZhichengPrincipal} with {@code ROLE_<realm role>} authorities, and one
 * stateless filter chain lets through only health, API docs and the endpoints a service declares public with a
 * {@link org.zhicheng.starter.security.PublicEndpoints} bean. Failures answer with problem JSON.
 */
package org.zhicheng.starter.security;
