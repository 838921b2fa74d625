/**
 * The service's consumers: one listener per topic (consumer group {@code notification-service}), handing each event
 * to every feature that reacts to it, each effect once through the inbox table under its own consumer name.
 * Events a feature does not read are skipped without a trace (tolerant reader).
 */
package org.zhicheng.notification.messaging;
