package org.zhicheng.committee.draw.domain;

/** A draw is COMMITTED while a round's commitment awaits its drawing, DRAWN otherwise. */
public enum DrawStatus {
    COMMITTED,
    DRAWN
}
