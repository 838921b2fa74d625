package org.zhicheng.committee.selfevaluation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.zhicheng.starter.test.ZhichengServiceTest;

/**
 * An integration test of the self-evaluation API: the whole service (real PostgreSQL and Kafka) with a
 * {@link TestClock} in place of the starter's clock and the scheduled overdue scan switched off (tests run the scan
 * themselves). All the self-evaluation test classes share this one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ZhichengServiceTest(properties = "zhicheng.committee.self-evaluation.overdue-scan.cron=-")
@Import(SelfEvaluationServiceTest.ClockConfiguration.class)
public @interface SelfEvaluationServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class ClockConfiguration {

        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }
}
