package org.zhicheng.committee.ballot.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The secret ballot (无记名投票) on one application: a {@link VoterRoll} of who has voted and an anonymous
 * {@link Tally} of the choices. Casting adds the voter to the roll and the choice to the tally in one step and keeps
 * nothing that links the two (no per-ballot row, time or sequence), so neither the stored state nor its history can
 * tell how an expert voted. Storage must keep that property: roll and counts in separate places, no log of the
 * counts' intermediate values.
 */
public final class Ballot {

    private final UUID applicationId;
    private final VoterRoll roll;
    private Tally tally;

    private Ballot(UUID applicationId, VoterRoll roll, Tally tally) {
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.roll = roll;
        this.tally = Objects.requireNonNull(tally, "tally");
        if (roll.size() != tally.cast()) {
            throw new IllegalArgumentException("application " + applicationId + ": " + roll.size()
                    + " voters on the roll but " + tally.cast() + " ballots counted");
        }
    }

    static Ballot empty(UUID applicationId) {
        return new Ballot(applicationId, new VoterRoll(Set.of()), Tally.EMPTY);
    }

    /** A ballot as stored; the roll's size must equal the ballots counted. */
    public static Ballot restore(UUID applicationId, Set<String> voters, Tally tally) {
        return new Ballot(applicationId, new VoterRoll(voters), tally);
    }

    void cast(String voter, BallotChoice choice) {
        Objects.requireNonNull(choice, "choice");
        roll.add(voter);
        tally = tally.plus(choice);
    }

    public UUID applicationId() {
        return applicationId;
    }

    public VoterRoll roll() {
        return roll;
    }

    public Tally tally() {
        return tally;
    }
}
