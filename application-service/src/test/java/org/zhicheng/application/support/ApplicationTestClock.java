package org.zhicheng.application.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.zhicheng.starter.test.ShiftableClock;

/** The clock of the shared test context, replacing the starter's: it moves forward when a test needs a later day. */
@TestConfiguration(proxyBeanMethods = false)
public class ApplicationTestClock {

    @Bean
    ShiftableClock applicationTestClock() {
        return new ShiftableClock();
    }
}
