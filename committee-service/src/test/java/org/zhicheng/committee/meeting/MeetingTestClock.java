package org.zhicheng.committee.meeting;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.zhicheng.starter.test.ShiftableClock;

/**
 * The clock of the meeting and ballot API tests, which replaces the starter's. Every such test class imports this
 * one configuration, so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MeetingTestClock {

    @Bean
    ShiftableClock meetingTestClock() {
        return new ShiftableClock();
    }
}
