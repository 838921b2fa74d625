/**
 * Token checks at the edge: every bearer token is validated against Keycloak's keys and issuer (a bad one is a 401
 * problem on any path), anonymous reads pass to the services, which decide what is public, and anonymous writes
 * are refused except objections. Valid tokens travel on to the services unchanged.
 */
package org.zhicheng.gateway.security;
