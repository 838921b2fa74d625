package org.zhicheng.committee.draw.domain;

/** What a round selected an expert for. */
public enum SelectionRole {
    /** A seat on the panel: round 0's seats 1 … panel size, or a vacant seat a top-up round filled. */
    PANEL,
    /** One of round 0's alternates, in line for a seat a decline vacates. */
    ALTERNATE
}
