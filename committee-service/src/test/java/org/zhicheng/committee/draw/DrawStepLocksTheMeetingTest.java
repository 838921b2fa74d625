package org.zhicheng.committee.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.draw.DrawScenario.application;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.committee.meeting.MeetingDrawPort;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.ZhichengServiceTest;

/**
 * A draw step that changes the draw holds the meeting's row until it commits, so an application cannot be assigned
 * between the step's check of the assignments (whose applicants the panel must have no conflict with) and its effect.
 */
@ZhichengServiceTest
class DrawStepLocksTheMeetingTest {

    @LocalServerPort
    int port;

    @Autowired
    MeetingDrawPort meetings;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAssignmentWaitsForTheDrawStepHoldingTheMeeting() throws Exception {
        DrawScenario scenario = new DrawScenario(port);
        scenario.pooledExperts(6);
        String meeting = scenario.approvedMeeting(5, 0, List.of(application("P-LOCK-1", "SY-LOCK-UNIT")));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> step = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            meetings.lockDrawable(UUID.fromString(meeting));
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Reply> assignment = CompletableFuture.supplyAsync(() -> scenario.api.post(
                "/api/v1/meetings/" + meeting + "/applications", TestTokens.bearer(scenario.office),
                application("P-LOCK-2", "SY-LOCK-UNIT-2")));

        Thread.sleep(Duration.ofSeconds(1));
        assertThat(assignment).as("the assignment waits while the draw step holds the meeting").isNotDone();

        release.countDown();
        step.get(30, TimeUnit.SECONDS);
        assertThat(assignment.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
