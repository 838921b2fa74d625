package org.zhicheng.notification.delivery;

/** Whether notices also go by e-mail. */
public enum EmailMode {
    ON,
    OFF
}
