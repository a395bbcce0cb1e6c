package id.pekalongan.batikberlian.local;

import java.nio.charset.StandardCharsets;

/**
 * The outcome of one invocation, as the Invoke API reports it: the payload, and for a function that threw, the
 * {@code Unhandled} marker with Lambda's error document as the payload.
 */
record Invocation(byte[] payload, boolean failed, String requestId, long millis) {

    String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
