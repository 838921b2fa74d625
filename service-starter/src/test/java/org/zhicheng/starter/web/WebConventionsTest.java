package org.zhicheng.starter.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.zhicheng.starter.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebConventionsTest {

    @Test
    void etagIsTheQuotedVersion() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void currentOrAbsentIfMatchPasses() {
        ETags.check(null, 3);
        ETags.check("", 3);
        ETags.check("\"3\"", 3);
        ETags.check("W/\"3\"", 3);
        ETags.check("\"1\", \"3\"", 3);
        ETags.check("*", 3);
    }

    @Test
    void staleIfMatchIs412() {
        assertThatThrownBy(() -> ETags.check("\"2\"", 3)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
            assertThat(problem.code()).isEqualTo("etag.stale");
        });
    }

    @Test
    void pageViewCountsPages() {
        assertThat(PageView.of(List.of("a", "b"), 0, 2, 5).totalPages()).isEqualTo(3);
        assertThat(PageView.of(List.of(), 0, 20, 0).totalPages()).isZero();
        assertThat(PageView.of(List.of("a"), 2, 2, 5)).isEqualTo(new PageView<>(List.of("a"), 2, 2, 5, 3));
    }

    @Test
    void aPageBeforeTheFirstOrASizeOutsideOneToTheMaximumIs400() {
        PageView.requireValid(0, 1, 100);
        PageView.requireValid(3, 100, 100);
        for (int[] wrong : new int[][] {{-1, 20}, {0, 0}, {0, 101}}) {
            assertThatThrownBy(() -> PageView.requireValid(wrong[0], wrong[1], 100))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                        assertThat(problem.code()).isEqualTo("paging.invalid");
                    });
        }
    }
}
