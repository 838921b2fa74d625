package org.zhicheng.starter.ops;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceDefaultsEnvironmentPostProcessorTest {

    private final ServiceDefaultsEnvironmentPostProcessor defaults = new ServiceDefaultsEnvironmentPostProcessor();

    @Test
    void addsTheDefaultsBelowEverythingTheServiceSets() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources()
            .addFirst(new MapPropertySource("application", Map.of("spring.kafka.producer.acks", "1")));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.threads.virtual.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
            .isEqualTo("health,info,prometheus");
        assertThat(environment.getProperty("spring.kafka.producer.properties[enable.idempotence]")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("1");
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void jsonLogsProfileSwitchesTheConsoleToEcs() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(ServiceDefaultsEnvironmentPostProcessor.JSON_LOGS_PROFILE);

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }
}
