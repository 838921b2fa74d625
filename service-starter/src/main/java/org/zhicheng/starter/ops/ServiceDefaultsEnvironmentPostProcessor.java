package org.zhicheng.starter.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds the starter's defaults ({@code zhicheng/service-defaults.properties}) as the property source of lowest
 * precedence: any {@code application.yml}, profile, environment variable or command-line argument overrides them.
 * With profile {@code json-logs} the console logs are structured JSON (ECS), for log shippers.
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE = "zhichengServiceDefaults";
    public static final String JSON_LOGS_PROFILE = "json-logs";
    private static final String DEFAULTS = "zhicheng/service-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        Map<String, Object> defaults = load();
        if (environment.matchesProfiles(JSON_LOGS_PROFILE)) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
    }

    private static Map<String, Object> load() {
        try {
            Map<String, Object> values = new LinkedHashMap<>();
            PropertiesLoaderUtils.loadProperties(new ClassPathResource(DEFAULTS))
                .forEach((key, value) -> values.put(key.toString(), value));
            return values;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The starter's " + DEFAULTS + " is missing from the classpath", ex);
        }
    }

    /** After the config data (so active profiles are known), before logging is set up. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
