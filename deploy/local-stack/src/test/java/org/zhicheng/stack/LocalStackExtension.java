package org.zhicheng.stack;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real stack per test JVM (temporary state, free ports) the first time an end-to-end class needs it,
 * and stops it when the whole test run ends: JUnit closes AutoCloseable values of the root store.
 */
public final class LocalStackExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        SharedStack shared = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedStack.class, type -> new SharedStack(LocalStack.start(options())),
                        SharedStack.class);
        E2ETestBase.use(shared.stack());
    }

    /** Options for tests: failsafe passes the Keycloak zip and a Keycloak home that survives between runs. */
    static StackOptions options() {
        StackOptions options = StackOptions.temporary(LocalStack.repositoryRoot());
        String home = System.getProperty("keycloak.home");
        if (home != null && !home.isBlank()) {
            options = options.withKeycloakHome(Path.of(home));
        }
        String zip = System.getProperty("keycloak.distribution");
        if (zip != null && !zip.isBlank()) {
            options = options.withKeycloakDistribution(Path.of(zip));
        }
        return options;
    }

    private record SharedStack(RunningStack stack) implements AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }
}
