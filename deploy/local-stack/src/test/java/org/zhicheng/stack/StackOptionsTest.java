package org.zhicheng.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

    @Test
    void fixedStackUsesTheDocumentedPortsAndStateDirectory() {
        StackOptions options = StackOptions.fixed(Path.of("/checkout"));
        StackPorts ports = options.ports();

        assertThat(List.of(ports.gateway(), ports.of("plan"), ports.of("application"), ports.of("committee"),
                ports.of("education"), ports.of("notification"))).containsExactly(8080, 8081, 8082, 8083, 8084, 8085);
        assertThat(List.of(ports.keycloak(), ports.postgres(), ports.kafka(), ports.kafkaController()))
                .containsExactly(8180, 15432, 19092, 19093);
        assertThat(List.of(ports.mailSmtp(), ports.mailImap())).containsExactly(3025, 3143);
        assertThat(options.stateDirectory()).isEqualTo(Path.of("/checkout/.stack"));
        assertThat(options.temporary()).isFalse();
        assertThat(options.demoData()).isTrue();
        assertThat(options.withDemoData(false).demoData()).isFalse();
        assertThat(options.demoDataDirectory()).isEqualTo(Path.of("/checkout/deploy/demo-data"));
        assertThat(options.jar(StackService.SERVICES.getFirst()))
                .isEqualTo(Path.of("/checkout/plan-service/target/plan-service.jar"));
    }

    @Test
    void temporaryStackGetsDistinctFreePortsAndIsDeletedOnClose() throws Exception {
        StackOptions options = StackOptions.temporary(LocalStack.repositoryRoot());
        try {
            StackPorts ports = options.ports();
            Set<Integer> all = new HashSet<>(ports.services().values());
            all.addAll(List.of(ports.gateway(), ports.keycloak(), ports.keycloakManagement(), ports.postgres(),
                    ports.kafka(), ports.kafkaController(), ports.mailSmtp(), ports.mailImap()));

            assertThat(all).hasSize(13);
            assertThat(options.temporary()).isTrue();
            assertThat(options.demoData()).isFalse();
        } finally {
            Files.deleteIfExists(options.stateDirectory());
        }
    }

    @Test
    void repositoryRootIsTheCheckoutHoldingTheRealm() {
        Path root = LocalStack.repositoryRoot();

        assertThat(root.resolve("deploy/keycloak/zhicheng-realm.json")).isRegularFile();
        assertThat(root.resolve("mvnw")).isRegularFile();
    }

    @Test
    void buildRecordedWhereTheKeycloakDistributionIs() {
        assertThat(StackOptions.defaultKeycloakDistribution()).isRegularFile()
                .satisfies(zip -> assertThat(zip.getFileName().toString()).startsWith("keycloak-quarkus-dist-"));
    }
}
