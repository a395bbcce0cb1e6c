package id.pekalongan.batikberlian.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks that name the flag to change, because a stack trace from a server library names nothing useful. */
public final class Ports {

    private Ports() {
    }

    public static void requireFree(int port, String what, String flag) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new PortInUseException("port " + port + " for " + what + " is already in use; choose another with "
                    + flag + " PORT");
        }
    }

    /**
     * Several distinct ports nothing listens on right now. All are held open until every one is chosen: asked one
     * at a time, the system may hand out the same port twice.
     */
    public static int[] free(int count) {
        ServerSocket[] held = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                held[i] = new ServerSocket(0, 0, InetAddress.getLoopbackAddress());
                ports[i] = held[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : held) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // Closing a probe socket cannot lose anything.
                    }
                }
            }
        }
    }

    /** A port nothing listens on right now, for tests that run beside other servers. */
    public static int free() {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class PortInUseException extends RuntimeException {
        public PortInUseException(String message) {
            super(message);
        }
    }
}
