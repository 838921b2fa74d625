package org.zhicheng.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import org.zhicheng.infra.FreePorts;

/**
 * The ports of one stack. {@link #fixed()} are the documented local-stack ports (docs/conventions.md);
 * {@link #free()} picks unused ones so tests never collide with a running stack.
 */
public record StackPorts(int postgres, int kafka, int kafkaController, int keycloak, int keycloakManagement,
                         int mailSmtp, int mailImap, int gateway, Map<String, Integer> services) {

    public StackPorts {
        services = Map.copyOf(services);
    }

    public static StackPorts fixed() {
        Map<String, Integer> services = new LinkedHashMap<>();
        int port = 8081;
        for (StackService service : StackService.SERVICES) {
            services.put(service.name(), port++);
        }
        return new StackPorts(15432, 19092, 19093, 8180, 8190, 3025, 3143, 8080, services);
    }

    public static StackPorts free() {
        Map<String, Integer> services = new LinkedHashMap<>();
        for (StackService service : StackService.SERVICES) {
            services.put(service.name(), FreePorts.find());
        }
        return new StackPorts(FreePorts.find(), FreePorts.find(), FreePorts.find(), FreePorts.find(),
                FreePorts.find(), FreePorts.find(), FreePorts.find(), FreePorts.find(), services);
    }

    /** The port of service {@code name} ({@code plan}, {@code application}, …) or of the gateway. */
    public int of(String name) {
        if (StackService.GATEWAY.name().equals(name)) {
            return gateway;
        }
        Integer port = services.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no such service: " + name);
        }
        return port;
    }
}
