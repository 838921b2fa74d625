package org.zhicheng.committee.draw.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The selection of one round: a partial Fisher–Yates shuffle driven by the round's {@link SeedStream}. With {@code a}
 * a copy of the canonical list of {@code n} entries: for {@code i} = 0 … {@code count − 1}, {@code j = i +
 * uniform(n − i)}, swap {@code a[i]} and {@code a[j]}; the answer is {@code a[0 … count − 1]} in that order. Every
 * ordered selection is equally likely.
 */
public final class Selection {

    private Selection() {
    }

    /** The first {@code count} entries of the seeded shuffle of {@code canonical} (which is not changed). */
    public static <T> List<T> draw(List<T> canonical, int count, Seed seed) {
        int n = canonical.size();
        if (count < 0 || count > n) {
            throw new IllegalArgumentException("cannot select " + count + " of " + n);
        }
        List<T> shuffled = new ArrayList<>(canonical);
        SeedStream stream = new SeedStream(seed);
        for (int i = 0; i < count; i++) {
            int j = i + stream.uniform(n - i);
            Collections.swap(shuffled, i, j);
        }
        return List.copyOf(shuffled.subList(0, count));
    }
}
