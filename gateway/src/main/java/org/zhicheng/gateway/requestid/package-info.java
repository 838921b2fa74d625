/**
 * Request ids ({@code X-Request-Id}): taken from the caller when it is safe to log and forward, otherwise generated,
 * then passed to the service, echoed to the caller, written into the gateway's access log and into every problem.
 */
package org.zhicheng.gateway.requestid;
