package org.zhicheng.notification.objection.domain;

/** The recorded transitions of an objection. */
public enum ObjectionAction {
    RAISE,
    NOTE,
    ANSWER
}
