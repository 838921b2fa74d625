package org.zhicheng.starter.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A domain's refusal is answered as the problem of its kind, with its code, rule and printable arguments. */
class RefusalTest {

    private enum State {
        CLOSED
    }

    @Test
    void aBrokenRuleIs422WithTheRule() {
        ProblemException problem = new RuleRefused("publicity.period-too-short", "002-一(二)", "单位公示", 3, 5)
                .problem();

        assertThat(problem.status().value()).isEqualTo(422);
        assertThat(problem.code()).isEqualTo("publicity.period-too-short");
        assertThat(problem.rule()).isEqualTo("002-一(二)");
        assertThat(problem.args()).containsExactly("单位公示", 3, 5);
    }

    @Test
    void aWrongStateIs409OfTheResourceNamingTheRuleWhenOneForbidsIt() {
        ProblemException problem = new WrongStateRefused("publicity", State.CLOSED, "object", "001-五(二)").problem();

        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.code()).isEqualTo("publicity.wrong-state");
        assertThat(problem.rule()).isEqualTo("001-五(二)");
    }

    @Test
    void aConflictIs409WithItsRuleIfAnyAndDatesPrintAsTheyRead() {
        ProblemException underRule = ConflictRefused.underRule("publicity.objections-open", "001-五(二)", "p", 2)
                .problem();
        ProblemException plain = new ConflictRefused("meeting.already-assigned", LocalDate.of(2026, 11, 30))
                .problem();

        assertThat(underRule.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(underRule.rule()).isEqualTo("001-五(二)");
        assertThat(underRule.fallbackCode()).isEqualTo("conflict");
        assertThat(plain.rule()).isNull();
        assertThat(plain.args()).containsExactly("2026-11-30");
    }
}
