package org.zhicheng.committee.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.WrongStateRefused;

/** An application on its committee's waiting list, from scheduled to assigned, scheduled again, withdrawn. */
class AwaitingApplicationTest {

    static final Instant RECEIVED = Instant.parse("2026-12-02T02:00:00Z");
    static final Instant LATER = RECEIVED.plusSeconds(3600);

    static ScheduledApplication application(UUID id, String specialty) {
        return new ScheduledApplication(id, "SY-ENG-MID", "P-1", "陈明", "SY-U001", null, 2026, "ENGINEER_SENIOR",
                "高级工程师", "DEPUTY_SENIOR", specialty);
    }

    @Test
    void aScheduledApplicationWaitsThenIsAssignedAndScheduledAgainWaitsKeepingItsPlace() {
        UUID id = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        AwaitingApplication awaiting = AwaitingApplication.received(application(id, "机电制造"),
                "application-service", RECEIVED);
        assertThat(awaiting.status()).isEqualTo(AwaitingStatus.AWAITING);
        assertThat(awaiting.meetingId()).isNull();

        awaiting.assignedTo(meeting, LATER);
        assertThat(awaiting.status()).isEqualTo(AwaitingStatus.ASSIGNED);
        assertThat(awaiting.meetingId()).isEqualTo(meeting);

        awaiting.scheduledAgain(application(id, "建筑施工"), "application-service", LATER.plusSeconds(60));
        assertThat(awaiting.status()).isEqualTo(AwaitingStatus.AWAITING);
        assertThat(awaiting.meetingId()).isNull();
        assertThat(awaiting.application().specialty()).isEqualTo("建筑施工");
        assertThat(awaiting.receivedAt()).isEqualTo(RECEIVED);
        assertThat(awaiting.updatedAt()).isEqualTo(LATER.plusSeconds(60));
    }

    @Test
    void aWithdrawnApplicationIsNeverScheduledOrAssignedAgain() {
        UUID id = UUID.randomUUID();
        AwaitingApplication awaiting = AwaitingApplication.received(application(id, null), "application-service",
                RECEIVED);
        awaiting.withdrawn(null, LATER);
        assertThat(awaiting.status()).isEqualTo(AwaitingStatus.WITHDRAWN);

        assertThatExceptionOfType(WrongStateRefused.class)
                .isThrownBy(() -> awaiting.scheduledAgain(application(id, null), "application-service", LATER))
                .satisfies(refused -> assertThat(refused.code()).isEqualTo("awaiting.wrong-state"));
        assertThatExceptionOfType(WrongStateRefused.class)
                .isThrownBy(() -> awaiting.assignedTo(UUID.randomUUID(), LATER));
        assertThatExceptionOfType(WrongStateRefused.class).isThrownBy(() -> awaiting.withdrawn(null, LATER));
        assertThat(awaiting.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anApplicationWithoutSpecialtyIsAssignedWithoutOneAndABlankOneCountsAsNone() {
        ScheduledApplication blank = application(UUID.randomUUID(), "  ");

        assertThat(blank.specialty()).isNull();
        assertThat(blank.assignment().specialty()).isNull();
        assertThat(blank.assignment().applicantUnit()).isEqualTo("SY-U001");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScheduledApplication(UUID.randomUUID(),
                "SY-ENG-MID", "P-1", null, "SY-U001", null, 2026, "ENGINEER_SENIOR", null, " ", null));
    }
}
