package id.pekalongan.batikberlian.functions.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for Lambda's Invoke API, which no test of this module can reach: it keeps the invocations asked for, so
 * that the test delivers them (once, twice, at once) to the function itself; or it refuses them, as a throttled
 * Lambda would.
 */
final class RecordingSelfInvoker implements SelfInvoker {

    record Request(String functionName, String event) {
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    @Override
    public void invokeAsync(String functionName, String event) {
        if (refusing) {
            throw new IllegalStateException("TooManyRequestsException: Rate exceeded");
        }
        requests.add(new Request(functionName, event));
    }

    List<Request> requests() {
        return requests;
    }

    void refuse() {
        refusing = true;
    }
}
