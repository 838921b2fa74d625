package org.zhicheng.notification.delivery;

/** How a notice leaves the platform besides the inbox. */
public enum Channel {
    EMAIL,
    SMS
}
