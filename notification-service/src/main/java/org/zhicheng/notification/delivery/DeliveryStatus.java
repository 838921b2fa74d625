package org.zhicheng.notification.delivery;

/**
 * {@code PENDING} until first tried; {@code SENT}; {@code FAILED} after a failed attempt, tried again after a backoff;
 * {@code GAVE_UP} after the last attempt, or at once when the recipient can never be reached (a refused address).
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    GAVE_UP
}
