package org.zhicheng.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @Test
    void stopEndsTheWholeProcessTree(@TempDir Path directory) throws Exception {
        Path log = directory.resolve("tree.log");
        // a shell that forks a child and waits, like kc.sh does with its JVM
        ManagedProcess process = ManagedProcess.builder("tree",
                        List.of("bash", "-c", "sleep 300 & echo started; wait"))
                .logFile(log)
                .start();
        process.awaitReady(Duration.ofSeconds(10), () -> Files.readString(log).contains("started"));
        List<ProcessHandle> tree = ProcessHandle.of(process.pid()).orElseThrow().descendants().toList();
        assertThat(tree).isNotEmpty();

        process.stop(Duration.ofSeconds(5));

        assertThat(process.isAlive()).isFalse();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void earlyExitFailsWithTheTailOfTheLog(@TempDir Path directory) {
        ManagedProcess process = ManagedProcess.builder("failing",
                        List.of("bash", "-c", "echo 'port already in use' >&2; exit 3"))
                .logFile(directory.resolve("failing.log"))
                .start();

        assertThatThrownBy(() -> process.awaitReady(Duration.ofSeconds(10), () -> false))
                .hasMessageContaining("failing exited with code 3")
                .hasMessageContaining("port already in use");
    }

    @Test
    void childWithParentWatchExitsWhenItsStdinCloses(@TempDir Path directory) throws Exception {
        // what happens to the broker, Keycloak and the services when the launcher dies: their stdin pipe closes
        Process child = new ProcessBuilder(Directories.currentJava(), "-cp", System.getProperty("java.class.path"),
                WatchedSleeper.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("sleeper.log").toFile())
                .start();
        Thread.sleep(500);
        assertThat(child.isAlive()).isTrue();

        child.getOutputStream().close();

        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
    }

    /** A child JVM that would sleep for ten minutes but watches its parent. */
    public static final class WatchedSleeper {
        public static void main(String[] args) throws InterruptedException {
            ParentWatch.start(System.in);
            Thread.sleep(Duration.ofMinutes(10));
        }
    }
}
