package org.zhicheng.starter.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ClockAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock testClock() {
            return Clock.fixed(Instant.parse("2024-08-23T00:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Test
    void aServiceGetsAUtcClockTickingInWholeMicroseconds() {
        context.run(app -> {
            Clock clock = app.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
            for (int i = 0; i < 50; i++) {
                assertThat(clock.instant().getNano() % 1_000).isZero();
            }
        });
    }

    @Test
    void anAcceptanceEnvironmentShiftsTheClockByTheConfiguredOffset() {
        context.withPropertyValues("zhicheng.time.offset=P8D").run(app -> {
            Instant shifted = app.getBean(Clock.class).instant();
            Instant expected = Instant.now().plus(Duration.ofDays(8));
            assertThat(Duration.between(shifted, expected).abs()).isLessThan(Duration.ofMinutes(1));
            assertThat(shifted.getNano() % 1_000).isZero();
        });
        context.withPropertyValues("zhicheng.time.offset=0s").run(app ->
                assertThat(Duration.between(app.getBean(Clock.class).instant(), Instant.now()).abs())
                        .isLessThan(Duration.ofMinutes(1)));
    }

    @Test
    void aClockOfTheServiceOrTheTestReplacesIt() {
        context.withUserConfiguration(FixedClock.class).run(app -> {
            assertThat(app).hasSingleBean(Clock.class);
            assertThat(app.getBean(Clock.class).instant()).isEqualTo(Instant.parse("2024-08-23T00:00:00Z"));
        });
    }
}
