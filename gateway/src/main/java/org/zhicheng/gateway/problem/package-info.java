/**
 * Problem details (RFC 9457) in the platform's shape, for every answer the gateway gives itself: the writer shared
 * by security, rate limiting and fallbacks, the localised messages, and the handler that turns errors outside any
 * route (unknown path, wrong method, unexpected failure) into problem JSON instead of Boot's default error page.
 */
package org.zhicheng.gateway.problem;
