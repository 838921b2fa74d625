package org.zhicheng.committee.draw.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The draw's state machine over opaque entries: expert ids in {@link PanelDraw}, pseudonyms in {@link DrawReplay}. Both
 * drive it with the same operations, so a replay recomputes exactly what the draw did. Each operation checks its
 * state, changes it and appends the steps it caused; rule checks (pool size, emergency share, conflicts) are the
 * caller's, done before.
 */
final class PanelLedger {

    private final DrawConstraints constraints;
    private final List<String> pool;
    private final Set<String> used = new HashSet<>();
    private final List<DrawRound> rounds = new ArrayList<>();
    private final List<DrawStep> steps = new ArrayList<>();
    private final String[] occupants;
    private final SeatStatus[] statuses;
    private final boolean[] emergency;
    private final ArrayDeque<String> alternates = new ArrayDeque<>();
    /** What each drawn round selected, by round index (rounds are drawn in order). */
    private final List<List<SelectedExpert>> selections = new ArrayList<>();
    private List<String> initialPanel = List.of();
    private List<String> initialAlternates = List.of();

    PanelLedger(DrawConstraints constraints, List<String> pool) {
        this.constraints = constraints;
        this.pool = List.copyOf(pool);
        if (new HashSet<>(this.pool).size() != this.pool.size()) {
            throw new IllegalArgumentException("the pool lists an entry twice");
        }
        int seats = constraints.panelSize();
        this.occupants = new String[seats];
        this.statuses = new SeatStatus[seats];
        this.emergency = new boolean[seats];
    }

    // ---- queries

    List<String> pool() {
        return pool;
    }

    DrawStatus status() {
        return pending() ? DrawStatus.COMMITTED : DrawStatus.DRAWN;
    }

    boolean pending() {
        return !rounds.isEmpty() && !rounds.getLast().drawn();
    }

    List<DrawRound> rounds() {
        return List.copyOf(rounds);
    }

    List<DrawStep> steps() {
        return List.copyOf(steps);
    }

    int stepCount() {
        return steps.size();
    }

    DrawStep step(int index) {
        return steps.get(index);
    }

    /** The pool entries no round has drawn and nobody has picked, in canonical order: the next round's pool. */
    List<String> remainingPool() {
        if (used.isEmpty()) {
            return pool;
        }
        List<String> remaining = new ArrayList<>(pool.size() - Math.min(used.size(), pool.size()));
        for (String entry : pool) {
            if (!used.contains(entry)) {
                remaining.add(entry);
            }
        }
        return remaining;
    }

    List<Seat> seats() {
        if (rounds.isEmpty() || !rounds.getFirst().drawn()) {
            return List.of();
        }
        List<Seat> seats = new ArrayList<>(occupants.length);
        for (int i = 0; i < occupants.length; i++) {
            seats.add(new Seat(i + 1, occupants[i], statuses[i], emergency[i]));
        }
        return seats;
    }

    List<String> alternates() {
        return List.copyOf(alternates);
    }

    List<String> initialPanel() {
        return initialPanel;
    }

    List<String> initialAlternates() {
        return initialAlternates;
    }

    /** What the drawn round {@code round} selected, as drawn. */
    List<SelectedExpert> selection(int round) {
        return selections.get(round);
    }

    int vacantSeats() {
        int vacant = 0;
        for (SeatStatus status : statuses) {
            if (status == SeatStatus.VACANT) {
                vacant++;
            }
        }
        return vacant;
    }

    int seatedEmergencyPicks() {
        int picks = 0;
        for (int i = 0; i < occupants.length; i++) {
            if (emergency[i] && occupants[i] != null) {
                picks++;
            }
        }
        return picks;
    }

    // ---- operations

    /** Records the next round's commitment; round 0 selects the panel and its alternates, later rounds the vacancies. */
    DrawRound commit(String seedHash, Instant at) {
        if (pending()) {
            throw new WrongDrawState(DrawStatus.COMMITTED.name(), "commit a round");
        }
        int index = rounds.size();
        List<String> candidates = remainingPool();
        int count;
        if (index == 0) {
            if (candidates.size() < constraints.panelSize()) {
                throw new IllegalStateException("a pool of " + candidates.size() + " cannot fill "
                        + constraints.panelSize() + " seats");
            }
            count = Math.min(candidates.size(), constraints.wanted());
        } else {
            count = vacantSeats();
            if (count == 0) {
                throw new WrongDrawState("NO_VACANT_SEAT", "top up");
            }
            if (candidates.size() < count) {
                throw new IllegalStateException("a pool of " + candidates.size() + " cannot fill " + count + " seats");
            }
        }
        String previous = index == 0 ? null : rounds.getLast().commitment();
        Commitment commitment = new Commitment(constraints, index, previous, count, candidates, seedHash);
        DrawRound round = new DrawRound(index, previous, count, seedHash, commitment.hash(), at, null, null);
        append(DrawStepType.COMMITTED, at, index, null, null, null);
        rounds.add(round);
        return round;
    }

    /** Reveals the committed round's seed and makes its selection. */
    void draw(Seed seed, Instant at) {
        if (!pending()) {
            throw new WrongDrawState(DrawStatus.DRAWN.name(), "draw");
        }
        DrawRound round = rounds.getLast();
        if (!seed.hash().equals(round.seedHash())) {
            throw new LedgerMismatch("round " + round.index() + ": the revealed seed does not match the seed hash "
                    + "it committed to");
        }
        List<String> picks = Selection.draw(remainingPool(), round.count(), seed);
        append(DrawStepType.DRAWN, at, round.index(), null, null, null);
        List<SelectedExpert> selected = new ArrayList<>(picks.size());
        if (round.index() == 0) {
            int seats = constraints.panelSize();
            for (int i = 0; i < seats; i++) {
                occupants[i] = picks.get(i);
                statuses[i] = SeatStatus.AWAITING;
                selected.add(new SelectedExpert(picks.get(i), SelectionRole.PANEL, i + 1));
            }
            initialPanel = picks.subList(0, seats);
            initialAlternates = picks.subList(seats, picks.size());
            alternates.addAll(initialAlternates);
            initialAlternates.forEach(alternate -> selected.add(new SelectedExpert(alternate, SelectionRole.ALTERNATE,
                    null)));
        } else {
            int next = 0;
            for (int i = 0; i < occupants.length; i++) {
                if (statuses[i] == SeatStatus.VACANT) {
                    occupants[i] = picks.get(next++);
                    statuses[i] = SeatStatus.AWAITING;
                    emergency[i] = false;
                    selected.add(new SelectedExpert(occupants[i], SelectionRole.PANEL, i + 1));
                }
            }
        }
        selections.add(List.copyOf(selected));
        used.addAll(picks);
        rounds.set(round.index(), round.drawnWith(seed, at));
    }

    void confirm(String expert, Instant at) {
        int seat = seatOf(expert, "confirm");
        if (statuses[seat] != SeatStatus.AWAITING) {
            throw new WrongDrawState(statuses[seat].name(), "confirm");
        }
        append(DrawStepType.CONFIRMED, at, null, seat + 1, expert, null);
        statuses[seat] = SeatStatus.CONFIRMED;
    }

    /** Vacates the expert's seat; the next alternate, if any, takes it at once (a second step). */
    void decline(String expert, String reason, Instant at) {
        int seat = seatOf(expert, "decline");
        append(DrawStepType.DECLINED, at, null, seat + 1, expert, reason);
        occupants[seat] = null;
        statuses[seat] = SeatStatus.VACANT;
        emergency[seat] = false;
        if (!alternates.isEmpty()) {
            String alternate = alternates.removeFirst();
            append(DrawStepType.ALTERNATE_PROMOTED, at, null, seat + 1, alternate, null);
            occupants[seat] = alternate;
            statuses[seat] = SeatStatus.AWAITING;
        }
    }

    /** Seats the named expert in the lowest vacant seat. */
    void emergencyPick(String expert, String hrConsentReference, Instant at) {
        requireDrawn("emergency pick");
        int seat = lowestVacantSeat();
        if (seat < 0) {
            throw new WrongDrawState("NO_VACANT_SEAT", "emergency pick");
        }
        if (used.contains(expert)) {
            throw new WrongDrawState("ALREADY_DRAWN", "emergency pick");
        }
        append(DrawStepType.EMERGENCY_PICKED, at, null, seat + 1, expert, hrConsentReference);
        occupants[seat] = expert;
        statuses[seat] = SeatStatus.AWAITING;
        emergency[seat] = true;
        used.add(expert);
    }

    int lowestVacantSeat() {
        for (int i = 0; i < statuses.length; i++) {
            if (statuses[i] == SeatStatus.VACANT) {
                return i;
            }
        }
        return -1;
    }

    private int seatOf(String expert, String action) {
        requireDrawn(action);
        for (int i = 0; i < occupants.length; i++) {
            if (expert.equals(occupants[i])) {
                return i;
            }
        }
        throw new WrongDrawState("NOT_ON_PANEL", action);
    }

    private void requireDrawn(String action) {
        if (rounds.isEmpty() || pending()) {
            throw new WrongDrawState(DrawStatus.COMMITTED.name(), action);
        }
    }

    private void append(DrawStepType type, Instant at, Integer round, Integer seat, String expert, String note) {
        if (!steps.isEmpty() && at.isBefore(steps.getLast().at())) {
            throw new IllegalArgumentException("a step at " + at + " cannot follow one at " + steps.getLast().at());
        }
        steps.add(new DrawStep(steps.size() + 1, type, at, round, seat, expert, note));
    }

    /** A recorded draw that its own replay contradicts. */
    static final class LedgerMismatch extends RuntimeException {

        LedgerMismatch(String reason) {
            super(reason);
        }
    }
}
