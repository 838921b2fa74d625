package org.zhicheng.committee.draw.domain;

/**
 * One seat of the panel.
 *
 * @param number    1 … panel size, in the order the initial draw filled them
 * @param expert    who holds it (id for the office, pseudonym in a replay); null when vacant
 * @param status    where it stands
 * @param emergency whether the holder was picked by name (counts against {@link EmergencyPicksAtMostThirtyPercent})
 */
public record Seat(int number, String expert, SeatStatus status, boolean emergency) {
}
