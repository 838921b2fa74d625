package org.zhicheng.notification.objection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The access code is random, stored as its hash, and read forgivingly (case, hyphens, O/I/L). */
class AccessCodesTest {

    private final AccessCodes codes = new AccessCodes();

    @Test
    void aCodeMatchesItsHashAsTypedByAPerson() {
        String code = codes.generate();
        String hash = codes.hash(code);

        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(hash).hasSize(64).doesNotContain(code);
        assertThat(codes.matches(code.toLowerCase().replace("-", " ").replace(" ", ""), hash)).isTrue();
        assertThat(codes.matches("0000-0000-0000", hash)).isFalse();
        assertThat(codes.matches(null, hash)).isFalse();
        assertThat(codes.matches("O1IL-0000-0000", codes.hash("0111-0000-0000"))).isTrue();
    }

    @Test
    void codesDoNotRepeat() {
        assertThat(java.util.stream.IntStream.range(0, 1000).mapToObj(i -> codes.generate()).distinct().count())
                .isEqualTo(1000);
    }
}
