package org.zhicheng.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhicheng.infra.Endpoints;

/** Stopping a stack leaves no process and no port behind (checked on the infrastructure-only stack). */
class LocalStackShutdownIT {

    @Test
    void closeStopsEveryProcessAndFreesEveryPort() {
        StackOptions options = LocalStackExtension.options().withInfrastructureOnly(true);
        List<ProcessHandle> processes;
        try (RunningStack stack = LocalStack.start(options)) {
            processes = stack.processes();
            assertThat(processes).hasSizeGreaterThanOrEqualTo(3).allMatch(ProcessHandle::isAlive);
            assertThat(Endpoints.accepts(options.ports().postgres())).isTrue();
            assertThat(Endpoints.accepts(options.ports().kafka())).isTrue();
            assertThat(Endpoints.accepts(options.ports().keycloak())).isTrue();
            assertThat(Endpoints.accepts(options.ports().mailSmtp())).isTrue();
            assertThat(Endpoints.accepts(options.ports().mailImap())).isTrue();
        }

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(Endpoints.accepts(options.ports().postgres())).isFalse();
        assertThat(Endpoints.accepts(options.ports().kafka())).isFalse();
        assertThat(Endpoints.accepts(options.ports().keycloak())).isFalse();
        assertThat(Endpoints.accepts(options.ports().mailSmtp())).isFalse();
        assertThat(Endpoints.accepts(options.ports().mailImap())).isFalse();
        assertThat(Files.exists(options.stateDirectory())).isFalse();
    }
}
