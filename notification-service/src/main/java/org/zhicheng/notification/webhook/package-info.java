/**
 * Webhooks for the provincial platform: a machine client subscribes an http(s) URL to event types; each event of
 * those types is delivered as its JSON envelope, signed (HMAC-SHA256 over timestamp and body with the
 * subscription's secret), in order per subject, retried with exponential backoff, and after the last attempt kept in
 * a dead-letter list that the client can replay. URLs to private, loopback or link-local addresses are refused.
 */
package org.zhicheng.notification.webhook;
