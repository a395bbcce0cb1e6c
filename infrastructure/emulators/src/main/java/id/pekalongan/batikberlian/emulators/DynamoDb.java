package id.pekalongan.batikberlian.emulators;

import id.pekalongan.batikberlian.dynamodb.DynamoDbServer;
import java.net.URI;
import java.nio.file.Path;

/**
 * The project's own DynamoDB-compatible engine ({@code batik-berlian-dynamodb}, Apache-2.0), in this process, on
 * loopback: the DynamoDB and DynamoDB Streams protocols, one database whatever the caller's key and region, as a
 * single-account stack behaves.
 */
public final class DynamoDb implements AutoCloseable {

    private final DynamoDbServer server;

    private DynamoDb(DynamoDbServer server) {
        this.server = server;
    }

    /**
     * @param dataDir where the tables persist, or {@code null} for memory only
     */
    public static DynamoDb start(int port, Path dataDir) throws Exception {
        Ports.requireFree(port, "DynamoDB", "--dynamodb-port");
        return new DynamoDb(DynamoDbServer.start(port, dataDir));
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
