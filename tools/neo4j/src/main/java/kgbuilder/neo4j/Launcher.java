package kgbuilder.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j Community DBMS with Bolt on 127.0.0.1 and runs until SIGTERM or Ctrl-C.
 *
 * <p>Usage: {@code Launcher [--port N] [--data DIR] [--password PW] [--pagecache 64m]}. The port defaults to
 * {@code NEO4J_PORT} or 7687. Without {@code --password} authentication is off; with it, auth is on
 * and the user {@code neo4j} gets that password. Prints {@code NEO4J READY bolt://127.0.0.1:N} once
 * Bolt accepts connections.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        String env = System.getenv("NEO4J_PORT");
        int port = env == null || env.isBlank() ? 7687 : Integer.parseInt(env.trim());
        Path data = Path.of(".neo4j-data");
        String password = null;
        String pageCache = "64m";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--password" -> password = args[++i];
                case "--pagecache" -> pageCache = args[++i];
                default -> {
                    System.err.println("unknown argument: " + args[i]
                            + " (expected --port N, --data DIR, --password PW, --pagecache SIZE)");
                    System.exit(64);
                }
            }
        }

        SocketAddress bolt = new SocketAddress("127.0.0.1", port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                // Bolt waits 5 s per stage on shutdown by default; a test server has nothing to drain.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        if (password != null) {
            // Embedded transactions bypass auth, so the system database lets us set the password.
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (RuntimeException e) {
                System.err.println("cannot set the password: " + e.getMessage());
                System.exit(64);
            }
        }
        System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
