package org.zhicheng.notification.delivery;

/** Which notices also go by SMS: all, only urgent ones (the default: a panel summons, a held publicity), none. */
public enum SmsMode {
    ALL,
    URGENT,
    OFF
}
