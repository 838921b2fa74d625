package org.zhicheng.committee.draw.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The drawing of one meeting's panel (评审专家抽取), a state machine with a log. It is created by committing: the
 * commitment to the pseudonymous eligible pool, the constraints and the hash of a fresh seed is recorded before the
 * seed is used. {@link #draw(Instant)} reveals the seed and deterministically selects the panel (seats 1 … panel size)
 * and its alternates. Then seated experts {@link #confirm confirm} or {@link #decline decline}; a decline hands the
 * seat to the next alternate at once, and once the alternates are used up a vacant seat is filled by a
 * {@link #commitTopUp committed top-up round} drawn from the experts not yet drawn, or by an {@link #emergencyPick
 * emergency pick} by name with the HR bureau's consent. Every step is logged ({@link #steps()}); {@link #published()}
 * is the record anyone can re-run with {@link DrawReplay}, naming experts only by pseudonym.
 *
 * <p>Internally the draw runs on pseudonyms, exactly as its replay does, and translates to expert ids for the office.
 * Refusals change nothing: a broken rule throws {@link DrawRefused}, a step the state does not allow
 * {@link WrongDrawState}. Times come from the caller's clock and never go backwards.
 */
public final class PanelDraw {

    private final EligiblePool pool;
    private final Salt salt;
    private final PanelLedger ledger;
    private final Map<String, String> expertOf = new HashMap<>();
    private Seed pendingSeed;

    private PanelDraw(EligiblePool pool, Salt salt, PanelLedger ledger) {
        this.pool = pool;
        this.salt = salt;
        this.ledger = ledger;
    }

    /**
     * Commits to drawing the pool's panel with the seed: checks {@link PanelSizeOdd} and {@link PoolLargeEnough}
     * (the eligible experts must fill the panel; alternates are drawn as far as they go, see
     * {@link #alternateShortfall()}), then records round 0's commitment at {@code at}. The seed stays secret until
     * {@link #draw(Instant)}.
     *
     * @param pool the eligible pool from {@link Eligibility#assess}
     * @param salt a fresh salt for the pseudonyms ({@link DrawSecrets#newSalt()})
     * @param seed a fresh seed ({@link DrawSecrets#newSeed()})
     * @throws DrawRefused {@code draw.panel-size-even}, {@code draw.panel-too-small}, {@code draw.pool-too-small}
     */
    public static PanelDraw commit(EligiblePool pool, Salt salt, Seed seed, DrawRules rules, Instant at) {
        DrawConstraints constraints = pool.constraints();
        rules.panelSizeOdd().check(constraints.panelSize());
        rules.poolLargeEnough().check(pool.size(), constraints.panelSize());
        List<String> pseudonyms = Pseudonyms.of(salt, pool.expertIds());
        PanelDraw draw = new PanelDraw(pool, salt, new PanelLedger(constraints, pseudonyms));
        draw.remember(pool.expertIds(), pseudonyms);
        draw.ledger.commit(seed.hash(), at);
        draw.pendingSeed = seed;
        return draw;
    }

    /**
     * Rebuilds a stored draw by replaying its record, so a stored draw is always one its replay confirms.
     *
     * @throws IllegalStateException if the record contradicts itself (corrupted or tampered storage)
     */
    public static PanelDraw restore(DrawRecord record) {
        EligiblePool pool = record.pool();
        Salt salt = record.salt();
        List<String> pseudonyms = Pseudonyms.of(salt, pool.expertIds());
        List<DrawStep> steps = new ArrayList<>(record.steps().size());
        List<String> picked = new ArrayList<>();
        for (DrawStep step : record.steps()) {
            if (step.type() == DrawStepType.EMERGENCY_PICKED && step.expert() != null) {
                picked.add(step.expert());
            }
            steps.add(step.withExpert(step.expert() == null ? null : Pseudonyms.of(salt, step.expert())));
        }
        PanelLedger replayed;
        try {
            replayed = DrawReplay.rerun(pool.constraints(), pseudonyms, record.rounds(), steps);
        } catch (PanelLedger.LedgerMismatch | IllegalArgumentException mismatch) {
            throw new IllegalStateException("the stored draw contradicts its own replay: " + mismatch.getMessage(),
                    mismatch);
        }
        Seed pending = record.pendingSeed();
        if (replayed.pending() != (pending != null)
                || pending != null && !pending.hash().equals(replayed.rounds().getLast().seedHash())) {
            throw new IllegalStateException("the stored pending seed does not match the committed round");
        }
        PanelDraw draw = new PanelDraw(pool, salt, replayed);
        draw.remember(pool.expertIds(), pseudonyms);
        draw.remember(picked, Pseudonyms.of(salt, picked));
        draw.pendingSeed = pending;
        return draw;
    }

    /**
     * Reveals the committed round's seed and makes its selection: round 0 seats the panel and lines up the alternates,
     * a top-up round fills the vacant seats in ascending seat order.
     *
     * @throws WrongDrawState {@code DRAWN} when no round awaits its drawing
     */
    public void draw(Instant at) {
        if (pendingSeed == null) {
            throw new WrongDrawState(DrawStatus.DRAWN.name(), "draw");
        }
        ledger.draw(pendingSeed, at);
        pendingSeed = null;
    }

    /**
     * The seated expert accepts.
     *
     * @throws WrongDrawState {@code NOT_ON_PANEL}, {@code CONFIRMED}, or {@code COMMITTED} while a round awaits drawing
     */
    public void confirm(String expertId, Instant at) {
        ledger.confirm(pseudonymOf(expertId), at);
    }

    /**
     * The seated expert declines (or withdraws after confirming); the next alternate takes the seat in the same
     * moment, logged as {@link DrawStepType#ALTERNATE_PROMOTED}. Without alternates the seat stays
     * {@link SeatStatus#VACANT} for a top-up round or an emergency pick.
     *
     * @param reason why, for the office's record only; may be null
     * @throws WrongDrawState {@code NOT_ON_PANEL}, or {@code COMMITTED} while a round awaits drawing
     */
    public void decline(String expertId, String reason, Instant at) {
        ledger.decline(pseudonymOf(expertId), Text.note(reason), at);
    }

    /**
     * Commits a top-up round (补抽) with a new seed: it will fill every vacant seat from the pool's experts nobody has
     * drawn or picked yet, and is chained to the previous round's commitment. {@link #draw(Instant)} draws it.
     *
     * @throws WrongDrawState {@code NO_VACANT_SEAT}, or {@code COMMITTED} while a round awaits drawing
     * @throws DrawRefused    {@code draw.pool-too-small} when the remaining experts cannot fill the vacancies
     */
    public void commitTopUp(Seed seed, DrawRules rules, Instant at) {
        if (ledger.pending()) {
            throw new WrongDrawState(DrawStatus.COMMITTED.name(), "top up");
        }
        int vacancies = ledger.vacantSeats();
        if (vacancies == 0) {
            throw new WrongDrawState("NO_VACANT_SEAT", "top up");
        }
        rules.poolLargeEnough().check(ledger.remainingPool().size(), vacancies);
        ledger.commit(seed.hash(), at);
        pendingSeed = seed;
    }

    /**
     * Seats an expert picked by name (应急抽取) in the lowest vacant seat. The pick needs the HR bureau's consent
     * reference, may not bring the picks on the panel above the configured share ({@link
     * EmergencyPicksAtMostThirtyPercent}), and the expert must be free of conflicts with the assigned applications,
     * like everyone drawn. The expert need not be in the pool (that is the point), but may not have been drawn or
     * picked for this meeting before.
     *
     * @throws WrongDrawState {@code NO_VACANT_SEAT}, {@code ALREADY_DRAWN}, or {@code COMMITTED} while a round awaits
     * @throws DrawRefused    {@code draw.emergency-consent-missing}, {@code draw.emergency-over-limit},
     *                        {@code draw.emergency-conflict}
     */
    public void emergencyPick(Candidate candidate, String hrConsentReference, DrawRules rules, Instant at) {
        if (ledger.pending()) {
            throw new WrongDrawState(DrawStatus.COMMITTED.name(), "emergency pick");
        }
        if (ledger.lowestVacantSeat() < 0) {
            throw new WrongDrawState("NO_VACANT_SEAT", "emergency pick");
        }
        rules.emergencyPicks().check(ledger.seatedEmergencyPicks() + 1, pool.constraints().panelSize(),
                hrConsentReference);
        List<Exclusion> conflicts = rules.eligibility().conflictsOf(candidate, pool.assignments());
        if (!conflicts.isEmpty()) {
            Exclusion first = conflicts.getFirst();
            throw new DrawRefused(Eligibility.EMERGENCY_CONFLICT_CODE, Eligibility.RULE, candidate.expertId(),
                    first.reason(), first.applicationId());
        }
        String pseudonym = pseudonymOf(candidate.expertId());
        ledger.emergencyPick(pseudonym, Text.note(hrConsentReference), at);
        expertOf.put(pseudonym, candidate.expertId());
    }

    // ---- the office's view (expert ids)

    public DrawConstraints constraints() {
        return pool.constraints();
    }

    /** The eligible pool with its exclusions and their reasons. */
    public EligiblePool pool() {
        return pool;
    }

    public Salt salt() {
        return salt;
    }

    public DrawStatus status() {
        return ledger.status();
    }

    /** The seats with their holders' expert ids; empty until round 0 is drawn. */
    public List<Seat> seats() {
        return ledger.seats().stream()
                .map(seat -> new Seat(seat.number(), expertOrNull(seat.expert()), seat.status(), seat.emergency()))
                .toList();
    }

    /** The alternates not yet used, in order. */
    public List<String> alternates() {
        return experts(ledger.alternates());
    }

    /** Round 0's panel in seat order; empty until drawn. */
    public List<String> initialPanel() {
        return experts(ledger.initialPanel());
    }

    /** Round 0's alternates in order; empty until drawn. */
    public List<String> initialAlternates() {
        return experts(ledger.initialAlternates());
    }

    /**
     * What round {@code round} selected, as it was drawn: round 0 the panel in seat order, then the alternates in the
     * order they stand in line; a top-up round the experts it seated, in ascending seat order. Later declines,
     * promotions and emergency picks do not change a round's selection (an emergency pick belongs to no round).
     *
     * @throws IllegalArgumentException when the draw has no such round
     * @throws WrongDrawState           {@code COMMITTED} while the round awaits its drawing
     */
    public List<SelectedExpert> selection(int round) {
        List<DrawRound> rounds = ledger.rounds();
        if (round < 0 || round >= rounds.size()) {
            throw new IllegalArgumentException("the draw has no round " + round);
        }
        if (!rounds.get(round).drawn()) {
            throw new WrongDrawState(DrawStatus.COMMITTED.name(), "list the selection of round " + round);
        }
        return ledger.selection(round).stream().map(selected -> selected.withExpert(expertOf.get(selected.expert())))
                .toList();
    }

    /** How many of the wanted alternates the pool could not provide. */
    public int alternateShortfall() {
        return new PoolLargeEnough().alternateShortfall(pool.size(), pool.constraints());
    }

    /** Whether every seat is held by an expert who confirmed. */
    public boolean isComplete() {
        List<Seat> seats = ledger.seats();
        return !seats.isEmpty() && seats.stream().allMatch(seat -> seat.status() == SeatStatus.CONFIRMED);
    }

    /** How many seats are held by emergency picks. */
    public int emergencyPicks() {
        return ledger.seatedEmergencyPicks();
    }

    public List<DrawRound> rounds() {
        return ledger.rounds();
    }

    /** The log with expert ids and decline reasons. */
    public List<DrawStep> steps() {
        return ledger.steps().stream().map(step -> step.withExpert(expertOrNull(step.expert()))).toList();
    }

    /** The full private record, for persistence and auditors; {@link #restore(DrawRecord)} reads it back. */
    public DrawRecord record() {
        return new DrawRecord(pool, salt, ledger.rounds(), pendingSeed, steps());
    }

    /** The record for the public and the applicants: pseudonyms only, no decline reasons, seeds once drawn. */
    public PublishedDraw published() {
        List<DrawStep> steps = ledger.steps().stream().map(DrawStep::published).toList();
        return new PublishedDraw(pool.constraints(), ledger.pool(), ledger.rounds(), steps);
    }

    /** An expert's pseudonym in this draw: {@link Pseudonyms#of(Salt, String)} with the draw's salt. */
    public String pseudonymOf(String expertId) {
        return Pseudonyms.of(salt, expertId);
    }

    private void remember(List<String> expertIds, List<String> pseudonyms) {
        for (int i = 0; i < expertIds.size(); i++) {
            expertOf.put(pseudonyms.get(i), expertIds.get(i));
        }
    }

    private String expertOrNull(String pseudonym) {
        return pseudonym == null ? null : expertOf.get(pseudonym);
    }

    private List<String> experts(List<String> pseudonyms) {
        return pseudonyms.stream().map(expertOf::get).toList();
    }
}
