package org.zhicheng.committee.draw.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Re-runs a published draw (抽取复现): anyone holding the {@link PublishedDraw} recomputes every round's commitment
 * from the pool, the constraints and the seed hash, checks each revealed seed against its hash, recomputes each
 * selection from its seed and re-applies the log; the result is the identical panel, or the first point where the
 * record contradicts itself (a reordered pool, a changed seed, an alternate skipped, a step out of order). The steps,
 * as specified in {@code docs/api/committee-draw-algorithm.md}:
 * <ol>
 * <li>the pool must list no pseudonym twice;</li>
 * <li>steps are taken in order; {@code COMMITTED} r recomputes round r's {@link Commitment} over the remaining pool
 * (round 0: the whole pool, counting {@code min(pool, panelSize + alternates)}; later rounds: the pool minus everyone
 * drawn or picked so far, counting the vacant seats) and the previous round's hash, and must equal the recorded
 * one;</li>
 * <li>{@code DRAWN} r needs the revealed seed with {@code SHA-256(seed) = seedHash}, then {@link Selection} fills round
 * 0's seats 1 … panelSize and the alternates, or a later round's vacant seats in ascending seat order;</li>
 * <li>a {@code DECLINED} seat goes to the next alternate, which the record must log as {@code ALTERNATE_PROMOTED}
 * right after; {@code CONFIRMED}, {@code DECLINED} and {@code EMERGENCY_PICKED} must name a seat's holder or fill
 * the lowest vacant seat as logged; times never go backwards.</li>
 * </ol>
 * A replay does not judge what it cannot see: conflicts and the emergency share are checked when the steps happen, and
 * whether a pseudonym is whom it should be is for auditors with the salt ({@link #checkIdentities}).
 */
public final class DrawReplay {

    private DrawReplay() {
    }

    /** Replays the published record. */
    public static Replay replay(PublishedDraw record) {
        PanelLedger ledger;
        try {
            ledger = rerun(record.constraints(), record.pool(), record.rounds(), record.steps());
        } catch (PanelLedger.LedgerMismatch | IllegalArgumentException mismatch) {
            return Replay.failed(mismatch.getMessage());
        }
        int shortfall = ledger.rounds().isEmpty() ? 0
                : record.constraints().wanted() - ledger.rounds().getFirst().count();
        return new Replay(true, null, ledger.initialPanel(), ledger.initialAlternates(), shortfall, ledger.seats(),
                ledger.alternates(), ledger.rounds().stream().map(DrawRound::commitment).toList());
    }

    /**
     * For auditors holding the salt after the meeting: whether the published pool is exactly the pseudonyms of these
     * eligible experts in canonical order (ascending id). Empty when it is; otherwise the reason.
     */
    public static Optional<String> checkIdentities(PublishedDraw record, Salt salt,
            Collection<String> eligibleExpertIds) {
        List<String> expected = Pseudonyms.of(salt, eligibleExpertIds.stream().sorted().toList());
        if (expected.size() != record.pool().size()) {
            return Optional.of("the published pool has " + record.pool().size() + " entries, the eligible experts are "
                    + expected.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(record.pool().get(i))) {
                return Optional.of("pool entry " + (i + 1) + " is not the pseudonym of the eligible expert in that "
                        + "place");
            }
        }
        return Optional.empty();
    }

    /**
     * Drives a fresh ledger with the recorded inputs and compares every step it produces, and every round, with the
     * record.
     *
     * @throws PanelLedger.LedgerMismatch at the first contradiction
     */
    static PanelLedger rerun(DrawConstraints constraints, List<String> pool, List<DrawRound> rounds,
            List<DrawStep> steps) {
        PanelLedger ledger = new PanelLedger(constraints, pool);
        int cursor = 0;
        while (cursor < steps.size()) {
            DrawStep recorded = steps.get(cursor);
            String where = "step " + (cursor + 1) + " (" + recorded.type() + ")";
            try {
                switch (recorded.type()) {
                    case COMMITTED -> commit(ledger, rounds, recorded, where);
                    case DRAWN -> ledger.draw(revealedSeed(rounds, recorded, where), recorded.at());
                    case CONFIRMED -> ledger.confirm(expert(recorded, where), recorded.at());
                    case DECLINED -> ledger.decline(expert(recorded, where), recorded.note(), recorded.at());
                    case EMERGENCY_PICKED -> ledger.emergencyPick(expert(recorded, where), recorded.note(),
                            recorded.at());
                    case ALTERNATE_PROMOTED -> throw new PanelLedger.LedgerMismatch(where
                            + ": an alternate takes a seat that no decline vacated");
                }
            } catch (WrongDrawState | IllegalArgumentException | IllegalStateException refused) {
                throw new PanelLedger.LedgerMismatch(where + ": " + refused.getMessage());
            }
            for (int i = cursor; i < ledger.stepCount(); i++) {
                DrawStep replayed = ledger.step(i);
                if (i >= steps.size()) {
                    throw new PanelLedger.LedgerMismatch("step " + (i + 1) + " is missing from the record; the replay "
                            + "gives " + replayed);
                }
                if (!replayed.equals(steps.get(i))) {
                    throw new PanelLedger.LedgerMismatch("step " + (i + 1) + ": the record says " + steps.get(i)
                            + ", the replay gives " + replayed);
                }
            }
            cursor = ledger.stepCount();
        }
        List<DrawRound> replayed = ledger.rounds();
        if (replayed.size() != rounds.size()) {
            throw new PanelLedger.LedgerMismatch("the record lists " + rounds.size() + " rounds, its steps commit "
                    + replayed.size());
        }
        for (int i = 0; i < rounds.size(); i++) {
            if (!replayed.get(i).equals(rounds.get(i))) {
                throw new PanelLedger.LedgerMismatch("round " + i + ": the recorded round differs from its replay");
            }
        }
        return ledger;
    }

    private static void commit(PanelLedger ledger, List<DrawRound> rounds, DrawStep recorded, String where) {
        int index = roundIndex(rounds, recorded, where);
        if (index != ledger.rounds().size()) {
            throw new PanelLedger.LedgerMismatch(where + ": commits round " + index + " where round "
                    + ledger.rounds().size() + " is next");
        }
        DrawRound claimed = rounds.get(index);
        DrawRound computed = ledger.commit(claimed.seedHash(), recorded.at());
        if (!computed.commitment().equals(claimed.commitment())) {
            throw new PanelLedger.LedgerMismatch("round " + index + ": the recorded commitment does not match the "
                    + "published pool, constraints and seed hash (changed pool, order, constraints or seed hash)");
        }
        if (computed.count() != claimed.count() || !equal(computed.previous(), claimed.previous())
                || !computed.committedAt().equals(claimed.committedAt())) {
            throw new PanelLedger.LedgerMismatch("round " + index + ": the recorded count, chain or time differ "
                    + "from the replay");
        }
    }

    private static Seed revealedSeed(List<DrawRound> rounds, DrawStep recorded, String where) {
        DrawRound round = rounds.get(roundIndex(rounds, recorded, where));
        if (round.seed() == null) {
            throw new PanelLedger.LedgerMismatch(where + ": round " + round.index() + " is drawn but its seed is not "
                    + "revealed");
        }
        Instant drawnAt = round.drawnAt();
        if (!drawnAt.equals(recorded.at())) {
            throw new PanelLedger.LedgerMismatch(where + ": round " + round.index() + " records another drawing time");
        }
        return round.seed();
    }

    private static int roundIndex(List<DrawRound> rounds, DrawStep recorded, String where) {
        Integer index = recorded.round();
        if (index == null || index < 0 || index >= rounds.size() || rounds.get(index).index() != index) {
            throw new PanelLedger.LedgerMismatch(where + ": names no recorded round");
        }
        return index;
    }

    private static String expert(DrawStep recorded, String where) {
        if (recorded.expert() == null) {
            throw new PanelLedger.LedgerMismatch(where + ": names no expert");
        }
        return recorded.expert();
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
