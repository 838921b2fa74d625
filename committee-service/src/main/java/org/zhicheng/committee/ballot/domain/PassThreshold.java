package org.zhicheng.committee.ballot.domain;

import org.zhicheng.committee.meeting.domain.ApplicationOutcome;

/**
 * An application passes when the approving votes reach {@code numerator/denominator} of the experts attending the
 * meeting, compared in integers ({@code denominator × agree ≥ numerator × attending}). "Attending" is everyone present
 * at the meeting, not only those who voted: abstentions and missing ballots count as not agreeing. With 2/3: 4 of 5,
 * 5 of 7, 6 of 9, 8 of 11 pass; 3 of 5, 4 of 7, 5 of 9, 7 of 11 fail.
 */
public record PassThreshold(int numerator, int denominator) {

    // 002 一(四): pass needs approving votes ≥ 2/3 of the experts attending (达到出席会议专家总数2/3以上)
    public static final String RULE = "002-一(四)";

    /** The value of notice 002. */
    public static final PassThreshold TWO_THIRDS = new PassThreshold(2, 3);

    public PassThreshold {
        Fraction.check(numerator, denominator);
    }

    public boolean passes(int agree, int attending) {
        if (attending < 1 || agree < 0 || agree > attending) {
            throw new IllegalArgumentException(agree + " approving votes of " + attending + " attending");
        }
        return (long) denominator * agree >= (long) numerator * attending;
    }

    /** The fewest approving votes that pass with {@code attending} experts present. */
    public int minimumAgree(int attending) {
        return Fraction.ceil(numerator, denominator, attending);
    }

    /** PASSED or FAILED for a tally with ballots; NOT_VOTED when nobody voted on the application. */
    public ApplicationOutcome outcome(Tally tally, int attending) {
        if (tally.cast() == 0) {
            return ApplicationOutcome.NOT_VOTED;
        }
        return passes(tally.agree(), attending) ? ApplicationOutcome.PASSED : ApplicationOutcome.FAILED;
    }
}
