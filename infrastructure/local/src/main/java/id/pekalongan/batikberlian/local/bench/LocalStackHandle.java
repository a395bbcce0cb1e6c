package id.pekalongan.batikberlian.local.bench;

import java.util.Map;

/** The whole local stack, started by the launcher for the HTTP benchmark; closing it stops everything. */
public interface LocalStackHandle extends AutoCloseable {

    /** e.g. {@code http://127.0.0.1:41234} */
    String apiBaseUrl();

    /** True when no asynchronous work is queued. */
    boolean quiet();

    @Override
    void close();

    /** Starts a stack on free ports, in memory, without sample data. */
    interface Starter {
        /** @param parameters template parameters in place of their defaults, as {@code sam deploy} takes them */
        LocalStackHandle start(Map<String, String> parameters) throws Exception;
    }
}
