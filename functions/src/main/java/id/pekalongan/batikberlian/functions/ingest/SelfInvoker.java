package id.pekalongan.batikberlian.functions.ingest;

/** Starts another invocation of a Lambda function, asynchronously ({@code InvocationType: Event}). */
public interface SelfInvoker {

    /**
     * @param functionName the function's name, as its own context gives it
     * @param event        the JSON event for the new invocation
     * @throws RuntimeException when Lambda did not accept the invocation (throttled, unreachable, refused)
     */
    void invokeAsync(String functionName, String event);
}
