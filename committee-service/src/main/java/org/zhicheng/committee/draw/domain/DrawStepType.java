package org.zhicheng.committee.draw.domain;

/** The kinds of entries in a draw's log; which fields of {@link DrawStep} each sets is said there. */
public enum DrawStepType {
    /** A round's commitment was recorded ({@code round}). */
    COMMITTED,
    /** A round's seed was revealed and its selection made ({@code round}). */
    DRAWN,
    /** A seated expert accepted ({@code seat}, {@code expert}). */
    CONFIRMED,
    /** A seated expert declined or withdrew ({@code seat}, {@code expert}, {@code note}: the reason, private). */
    DECLINED,
    /** The next alternate took the seat a decline vacated ({@code seat}, {@code expert}); follows the decline. */
    ALTERNATE_PROMOTED,
    /** An expert picked by name took a vacant seat ({@code seat}, {@code expert}, {@code note}: HR consent ref). */
    EMERGENCY_PICKED
}
