/**
 * Deliveries of inbox notices by e-mail (SMTP) and SMS (an HTTP provider behind {@link
 * org.zhicheng.notification.delivery.SmsGateway}): planned with the inbox item from the recipient's preferences
 * (channels on or off, contact, language), sent asynchronously by the {@link
 * org.zhicheng.notification.delivery.DeliveryWorker}, retried with backoff and recorded (sent, failed, gave up).
 * Nothing here ever runs in an event consumer's transaction.
 */
package org.zhicheng.notification.delivery;
