package org.zhicheng.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void createsDatabaseOwnedByApplicationRoleAndAnswersQueries() throws Exception {
        try (PostgresServer server = PostgresServer.startTemporary()) {
            server.createDatabaseIfMissing("plan");
            server.createDatabaseIfMissing("plan");

            try (Connection connection = connect(server, "plan"); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE probe (id int PRIMARY KEY)");
                statement.execute("INSERT INTO probe VALUES (42)");
                assertThat(single(statement, "SELECT id FROM probe")).isEqualTo("42");
                assertThat(single(statement, "SELECT current_user")).isEqualTo("zhicheng");
                assertThat(single(statement, "SHOW server_version")).startsWith("17.");
                assertThat(single(statement, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            }
            assertThat(server.jdbcUrl("plan")).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/plan");
        }
    }

    @Test
    void postmasterIsGoneWhenCloseReturns() {
        PostgresServer server = PostgresServer.startTemporary();
        long pid = server.pid().orElseThrow();
        assertThat(ProcessHandle.of(pid)).isPresent();

        server.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(listening(server.port())).isFalse();
    }

    @Test
    void keepsDataInGivenDirectoryAcrossRestarts(@TempDir Path directory) throws Exception {
        int port = FreePorts.find();
        try (PostgresServer first = PostgresServer.start(directory, port)) {
            first.createDatabaseIfMissing("application");
            try (Connection connection = connect(first, "application");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (value text)");
                statement.execute("INSERT INTO kept VALUES ('survives')");
            }
        }
        assertThat(listening(port)).isFalse();

        try (PostgresServer second = PostgresServer.start(directory, port)) {
            second.createDatabaseIfMissing("application");
            try (Connection connection = connect(second, "application");
                 Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT value FROM kept")).isEqualTo("survives");
            }
        }
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
