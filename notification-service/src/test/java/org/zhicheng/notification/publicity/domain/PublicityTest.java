package org.zhicheng.notification.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.notification.publicity.domain.PublicityFixtures.answered;
import static org.zhicheng.notification.publicity.domain.PublicityFixtures.at;
import static org.zhicheng.notification.publicity.domain.PublicityFixtures.open;
import static org.zhicheng.notification.publicity.domain.PublicityFixtures.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;

/** A publicity's lifecycle as its rules drive it, with the time given by the test. */
class PublicityTest {

    // Friday before the 2024 Mid-Autumn holiday: ends Friday 20 September, closes at midnight
    private static final Instant OPENED = at("2024-09-13", "09:30");
    private static final Instant LAST_MINUTE = at("2024-09-20", "23:59");
    private static final Instant MIDNIGHT = at("2024-09-21", "00:00");

    @Test
    void openingRecordsTheStartWithThePeriodAndTheApplications() {
        Publicity publicity = PublicityFixtures.unitPublicityOpenedAt(OPENED);

        assertThat(publicity.status()).isEqualTo(PublicityStatus.RUNNING);
        assertThat(publicity.period().endsOn()).isEqualTo(LocalDate.of(2024, 9, 20));
        PublicityTransition opened = publicity.takeRecorded().getFirst();
        assertThat(opened.action()).isEqualTo(PublicityAction.OPEN);
        PublicityStarted started = (PublicityStarted) opened.events().getFirst();
        assertThat(started.applicationIds()).containsExactly(publicity.entries().getFirst().applicationId());
        assertThat(started.period().closesAt()).isEqualTo(MIDNIGHT);
    }

    @Test
    void itCannotBeClosedBeforeTheEndOfItsLastWorkingDay() {
        Publicity publicity = PublicityFixtures.unitPublicityOpenedAt(OPENED);

        assertThatThrownBy(() -> publicity.close(ObjectionTally.NONE, rules(), "employer", null, LAST_MINUTE))
                .isInstanceOfSatisfying(RuleRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("publicity.closes-too-early");
                    assertThat(refused.rule()).isEqualTo("002-一(二)");
                });
        assertThat(publicity.status()).isEqualTo(PublicityStatus.RUNNING);
    }

    @Test
    void itClosesByItselfAtMidnightAfterItsLastWorkingDayWhenNobodyObjected() {
        Publicity publicity = PublicityFixtures.unitPublicityOpenedAt(OPENED);
        publicity.takeRecorded();

        assertThat(publicity.closeIfDue(ObjectionTally.NONE, rules(), "closer", LAST_MINUTE)).isEmpty();
        PublicityTransition closed = publicity.closeIfDue(ObjectionTally.NONE, rules(), "closer", MIDNIGHT)
                .orElseThrow();

        assertThat(publicity.status()).isEqualTo(PublicityStatus.CLOSED);
        assertThat(publicity.outcome()).isEqualTo(PublicityOutcome.NO_OBJECTIONS);
        PublicityClosed event = (PublicityClosed) closed.events().getFirst();
        assertThat(event.heldSince()).isNull();
        assertThat(publicity.closeIfDue(ObjectionTally.NONE, rules(), "closer", MIDNIGHT.plusSeconds(60))).isEmpty();
    }

    @Test
    void anOpenObjectionHoldsItPastItsEndAndItClosesOnceAnswered() {
        Publicity publicity = PublicityFixtures.unitPublicityOpenedAt(OPENED);
        publicity.takeRecorded();

        PublicityTransition held = publicity.closeIfDue(open(1), rules(), "closer", MIDNIGHT).orElseThrow();
        assertThat(held.action()).isEqualTo(PublicityAction.HOLD);
        assertThat(held.events()).isEmpty();
        assertThat(publicity.status()).isEqualTo(PublicityStatus.HELD);
        assertThat(publicity.closeIfDue(open(1), rules(), "closer", MIDNIGHT.plusSeconds(600))).isEmpty();
        assertThatThrownBy(() -> publicity.close(open(1), rules(), "employer", null, MIDNIGHT.plusSeconds(900)))
                .isInstanceOfSatisfying(ConflictRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("publicity.objections-open");
                    assertThat(refused.rule()).isEqualTo("001-五(二)");
                });

        UUID application = publicity.entries().getFirst().applicationId();
        Instant answeredAt = at("2024-09-24", "15:00");
        PublicityClosed closed = (PublicityClosed) publicity.closeIfDue(answered(1, 0, application), rules(),
                "employer", answeredAt).orElseThrow().events().getFirst();

        assertThat(publicity.status()).isEqualTo(PublicityStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(PublicityOutcome.OBJECTIONS_UPHELD);
        assertThat(closed.heldSince()).isEqualTo(MIDNIGHT);
        assertThat(closed.objections().upheldApplications()).containsExactly(application);
        assertThat(closed.closedAt()).isEqualTo(answeredAt);
    }

    @Test
    void objectionsAnsweredNotUpheldCloseWithThatOutcome() {
        Publicity publicity = PublicityFixtures.unitPublicityOpenedAt(OPENED);

        publicity.close(answered(0, 2), rules(), "employer", "期满，异议均已答复", MIDNIGHT);

        assertThat(publicity.outcome()).isEqualTo(PublicityOutcome.OBJECTIONS_NOT_UPHELD);
        assertThatThrownBy(() -> publicity.close(ObjectionTally.NONE, rules(), "employer", null, MIDNIGHT))
                .isInstanceOf(WrongStateRefused.class);
    }

    @Test
    void objectionsAreAcceptedUntilTheEndOfTheLastWorkingDayOnly() {
        Publicity publicity = PublicityFixtures.unitPublicityOpenedAt(OPENED);
        publicity.acceptObjection(rules(), LAST_MINUTE);

        assertThatThrownBy(() -> publicity.acceptObjection(rules(), MIDNIGHT))
                .isInstanceOfSatisfying(RuleRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("objection.after-end-date");
                    assertThat(refused.rule()).isEqualTo("001-五(二)");
                    assertThat(refused.arguments()).containsExactly(publicity.id(), LocalDate.of(2024, 9, 20));
                });
        publicity.closeIfDue(open(1), rules(), "closer", MIDNIGHT);
        assertThatThrownBy(() -> publicity.acceptObjection(rules(), MIDNIGHT.plusSeconds(1)))
                .isInstanceOf(RuleRefused.class);
        publicity.closeIfDue(answered(0, 1), rules(), "employer", MIDNIGHT.plusSeconds(2));
        assertThatThrownBy(() -> publicity.acceptObjection(rules(), MIDNIGHT.plusSeconds(3)))
                .isInstanceOfSatisfying(WrongStateRefused.class, refused -> assertThat(refused.rule())
                        .isEqualTo("001-五(二)"));
    }

    @Test
    void aProvisionalEndIsNotChangedWhileTheCalendarStillLacksTheYear() {
        Publicity publicity = PublicityFixtures.unitPublicityOpenedAt(at("2026-12-28", "10:00"));

        assertThat(publicity.period().provisional()).isTrue();
        assertThat(publicity.reschedule(rules(), "closer", at("2026-12-29", "10:00"))).isEmpty();
    }

    @Test
    void aPublicityOfACommitteeKindNeedsItsCommitteeAndAUnitPublicityItsUnit() {
        Publicity.Draft noCommittee = new Publicity.Draft(UUID.randomUUID(), PublicityKind.RESULT,
                new PublicitySubject(SubjectType.MEETING_RESULTS, UUID.randomUUID().toString()), "330604", null,
                "SY-U001", "x", "t", "b", null, java.util.List.of(PublicityFixtures.entry("a", "b")), null, "h");

        assertThatThrownBy(() -> Publicity.open(noCommittee, rules(), "office", OPENED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
