/**
 * Operational defaults every service inherits (virtual threads, probes, Prometheus, graceful shutdown, Kafka
 * producer safety, Feign timeouts, JSON logs on demand), so a service's {@code application.yml} holds only its name,
 * port and data source.
 */
package org.zhicheng.starter.ops;
