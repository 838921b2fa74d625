package org.zhicheng.committee.draw.domain;

import java.util.List;

/**
 * What {@link DrawReplay} found: whether the record holds up, and the panel it yields.
 *
 * @param verified           whether every commitment, seed and step checked out
 * @param failure            the first reason it did not, null when verified
 * @param initialPanel       round 0's panel in seat order (pseudonyms)
 * @param initialAlternates  round 0's alternates in order
 * @param alternateShortfall how many of the wanted alternates the pool could not provide
 * @param seats              the panel after every logged step
 * @param alternates         the alternates not yet used
 * @param commitments        each round's commitment hash, to compare with those announced before the drawing
 */
public record Replay(boolean verified, String failure, List<String> initialPanel, List<String> initialAlternates,
        int alternateShortfall, List<Seat> seats, List<String> alternates, List<String> commitments) {

    public Replay {
        initialPanel = List.copyOf(initialPanel);
        initialAlternates = List.copyOf(initialAlternates);
        seats = List.copyOf(seats);
        alternates = List.copyOf(alternates);
        commitments = List.copyOf(commitments);
    }

    static Replay failed(String reason) {
        return new Replay(false, reason, List.of(), List.of(), 0, List.of(), List.of(), List.of());
    }
}
