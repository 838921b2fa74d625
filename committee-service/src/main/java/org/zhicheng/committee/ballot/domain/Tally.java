package org.zhicheng.committee.ballot.domain;

/**
 * How many ballots on one application chose what (计票), with nothing about who cast them. Immutable; each ballot
 * yields a new tally.
 */
public record Tally(int agree, int disagree, int abstain) {

    public static final Tally EMPTY = new Tally(0, 0, 0);

    public Tally {
        if (agree < 0 || disagree < 0 || abstain < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public Tally plus(BallotChoice choice) {
        return switch (choice) {
            case AGREE -> new Tally(agree + 1, disagree, abstain);
            case DISAGREE -> new Tally(agree, disagree + 1, abstain);
            case ABSTAIN -> new Tally(agree, disagree, abstain + 1);
        };
    }

    /** Ballots cast. */
    public int cast() {
        return agree + disagree + abstain;
    }
}
