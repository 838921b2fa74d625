package org.zhicheng.committee.ballot.domain;

/** The integer arithmetic behind the configurable fractions of {@link Quorum} and {@link PassThreshold}. */
final class Fraction {

    private Fraction() {
    }

    static void check(int numerator, int denominator) {
        if (numerator < 1 || denominator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("a fraction of 0 < n/d <= 1 is needed, got " + numerator + "/"
                    + denominator);
        }
    }

    /** ceil(numerator × whole / denominator), without floating point. */
    static int ceil(int numerator, int denominator, int whole) {
        if (whole < 0) {
            throw new IllegalArgumentException("a count must not be negative, was " + whole);
        }
        long product = (long) numerator * whole;
        return (int) ((product + denominator - 1) / denominator);
    }
}
