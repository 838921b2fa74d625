package org.zhicheng.notification.objection.domain;

/** {@code REGISTERED → INVESTIGATING → ANSWERED}; an objection is open until it is answered. */
public enum ObjectionStatus {
    REGISTERED,
    INVESTIGATING,
    ANSWERED;

    public boolean isOpen() {
        return this != ANSWERED;
    }
}
