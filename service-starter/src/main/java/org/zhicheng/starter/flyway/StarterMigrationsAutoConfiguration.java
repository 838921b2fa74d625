package org.zhicheng.starter.flyway;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Adds {@value #LOCATION} to the service's Flyway locations, whatever {@code spring.flyway.locations} says, so the
 * starter's tables exist in every service database. The starter's versions are {@code 0.x}: Flyway sorts them before
 * a service's {@code V1__…}, so they run first on a new database. A later starter migration must keep a {@code 0.x}
 * version above the last one shipped, and services that already ran {@code V1} then need
 * {@code spring.flyway.out-of-order=true} for it (Flyway otherwise refuses a version below the applied ones).
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
public class StarterMigrationsAutoConfiguration {

    public static final String LOCATION = "classpath:db/zhicheng-starter";

    @Bean
    FlywayConfigurationCustomizer zhichengStarterMigrations() {
        return configuration -> {
            Location starter = new Location(LOCATION);
            Location[] current = configuration.getLocations();
            if (Arrays.asList(current).contains(starter)) {
                return;
            }
            Location[] all = Arrays.copyOf(current, current.length + 1);
            all[current.length] = starter;
            configuration.locations(all);
        };
    }
}
