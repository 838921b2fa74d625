/**
 * The starter's own tables ({@code outbox_event}, {@code inbox_event}, {@code idempotency_key}): migrations shipped in
 * {@code classpath:db/zhicheng-starter} and added to every service's Flyway locations.
 */
package org.zhicheng.starter.flyway;
