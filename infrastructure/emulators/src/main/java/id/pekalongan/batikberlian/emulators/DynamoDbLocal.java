package id.pekalongan.batikberlian.emulators;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Amazon's DynamoDB Local, in this process, on loopback. */
public final class DynamoDbLocal implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoDbLocal(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * @param dataDir where the tables persist, or {@code null} for memory only
     */
    public static DynamoDbLocal start(int port, Path dataDir) throws Exception {
        Ports.requireFree(port, "DynamoDB Local", "--dynamodb-port");
        List<String> args = new ArrayList<>(List.of("-port", Integer.toString(port), "-disableTelemetry",
                // One database whatever the caller's key and region, as a single-account stack behaves.
                "-sharedDb"));
        if (dataDir == null) {
            args.add("-inMemory");
        } else {
            args.addAll(List.of("-dbPath", dataDir.toAbsolutePath().toString()));
        }
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
        server.start();
        return new DynamoDbLocal(server, port);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
