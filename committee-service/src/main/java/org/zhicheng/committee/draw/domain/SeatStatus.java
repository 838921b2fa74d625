package org.zhicheng.committee.draw.domain;

/** Where a panel seat stands. */
public enum SeatStatus {
    /** Drawn or picked; the expert has not answered yet. */
    AWAITING,
    /** The expert confirmed. */
    CONFIRMED,
    /** The expert declined and no alternate was left: a top-up draw or an emergency pick fills it. */
    VACANT
}
