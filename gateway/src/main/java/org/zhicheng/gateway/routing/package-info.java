/**
 * Routing to the five services: which path prefixes belong to which service, where each service lives, how long
 * the gateway waits for it, and the per-service circuit breaker whose fallback answers 503 problem JSON instead of
 * letting a caller hang on a dead or slow service.
 */
package org.zhicheng.gateway.routing;
