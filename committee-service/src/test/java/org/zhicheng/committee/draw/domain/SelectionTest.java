package org.zhicheng.committee.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.committee.draw.domain.DrawFixtures.seed;

import java.security.SecureRandom;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SelectionTest {

    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @Test
    void theSameSeedSelectsTheSameInTheSameOrder() {
        assertThat(Selection.draw(TEN, 5, seed("a"))).isEqualTo(Selection.draw(TEN, 5, seed("a")));
    }

    @Test
    void differentSeedsSelectDifferently() {
        List<Integer> first = Selection.draw(TEN, 5, seed("a"));

        long differing = IntStream.range(0, 20)
                .mapToObj(i -> Selection.draw(TEN, 5, seed("b" + i)))
                .filter(other -> !other.equals(first))
                .count();

        assertThat(differing).isEqualTo(20);
    }

    @Test
    void selectsDistinctEntriesOfTheList() {
        assertThat(Selection.draw(TEN, 10, seed("all"))).containsExactlyInAnyOrderElementsOf(TEN);
        assertThat(Selection.draw(TEN, 0, seed("none"))).isEmpty();
        assertThatThrownBy(() -> Selection.draw(TEN, 11, seed("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsThreeOfTenUniformly() {
        // 30,000 draws from fixed seeds: each entry should hold each of the 3 places about 3,000 times
        int draws = 30_000;
        int[][] counts = new int[3][10];
        for (int i = 0; i < draws; i++) {
            List<Integer> picked = Selection.draw(TEN, 3, seed("uniform-" + i));
            for (int place = 0; place < 3; place++) {
                counts[place][picked.get(place)]++;
            }
        }
        double expected = draws / 10.0;
        for (int place = 0; place < 3; place++) {
            double chiSquare = 0;
            for (int entry = 0; entry < 10; entry++) {
                double diff = counts[place][entry] - expected;
                chiSquare += diff * diff / expected;
            }
            // 9 degrees of freedom: 27.9 is the 0.1 % critical value; the seeds are fixed, so this never flakes
            assertThat(chiSquare).as("chi-square of place %d", place + 1).isLessThan(27.9);
        }
    }

    @Test
    void uniformStaysWithinItsBoundAndRejectsTheBiasedTail() {
        SeedStream stream = new SeedStream(seed("bounds"));
        for (int bound : new int[] { 1, 2, 3, 7, 10_000, Integer.MAX_VALUE }) {
            for (int i = 0; i < 1_000; i++) {
                assertThat(stream.uniform(bound)).isBetween(0, bound - 1);
            }
        }
        assertThatThrownBy(() -> stream.uniform(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretsComeFromTheInjectedSecureRandom() throws Exception {
        SecureRandom fixed = SecureRandom.getInstance("SHA1PRNG");
        fixed.setSeed(42L);
        SecureRandom same = SecureRandom.getInstance("SHA1PRNG");
        same.setSeed(42L);

        DrawSecrets secrets = new DrawSecrets(fixed);
        DrawSecrets again = new DrawSecrets(same);

        Seed seed = secrets.newSeed();
        assertThat(seed).isEqualTo(again.newSeed());
        assertThat(seed.bytes()).hasSize(32);
        assertThat(secrets.newSeed()).isNotEqualTo(seed);
        assertThat(secrets.newSalt().hex()).hasSize(64);
        assertThat(seed.toString()).doesNotContain(seed.hex());
    }
}
