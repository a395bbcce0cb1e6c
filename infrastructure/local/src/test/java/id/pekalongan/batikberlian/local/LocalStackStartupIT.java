package id.pekalongan.batikberlian.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up problems a user can fix get one line naming the problem and the flag, and a non-zero exit. */
class LocalStackStartupIT {

    @TempDir
    Path temp;

    @Test
    void helpListsEveryFlag() throws Exception {
        Result r = run(List.of("--help"));
        assertThat(r.exit).isZero();
        assertThat(r.output).contains("--data-dir", "--in-memory", "--api-port", "--lambda-port", "--s3-port",
                "--dynamodb-port", "--no-sample-data");
    }

    @Test
    void aPortInUseIsNamedWithItsFlag() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            Result r = run(List.of("--in-memory", "--no-sample-data", "--dynamodb-port", "" + busy.getLocalPort()));
            assertThat(r.exit).isNotZero();
            assertThat(r.output.strip().lines().filter(l -> l.startsWith("batik-berlian-local:")).toList())
                    .singleElement().asString()
                    .contains("port " + busy.getLocalPort()).contains("--dynamodb-port");
            assertThat(r.output).doesNotContain("\tat ");
        }
    }

    @Test
    void anUnwritableDataDirIsNamedWithItsFlag() throws Exception {
        Path readOnly = Files.createDirectory(temp.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        Path dataDir = readOnly.resolve("data");
        // root ignores permission bits; a path under a regular file is unwritable for anyone.
        Path blocked = Files.writeString(temp.resolve("a-file"), "x").resolve("data");
        Result r = run(List.of("--data-dir", blocked.toString(), "--no-sample-data"));
        assertThat(r.exit).isNotZero();
        assertThat(r.output).contains("data directory").contains("--data-dir").doesNotContain("\tat ");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void anUnknownFlagIsRefused() throws Exception {
        Result r = run(List.of("--no-such-flag"));
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.output).contains("unknown flag --no-such-flag");
    }

    @Test
    void stopsCleanlyOnInterrupt() throws Exception {
        try (LocalStackProcess stack = LocalStackProcess.start(temp.resolve("d"), "--no-sample-data")) {
            long pid = stack.process.pid();
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
            assertThat(stack.process.waitFor(30, TimeUnit.SECONDS)).as("exits after Ctrl-C").isTrue();
            assertThat(stack.output()).contains("stopping the local stack");
        }
    }

    private record Result(int exit, String output) {
    }

    private Result run(List<String> args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "run", ".log");
        List<String> cmd = new java.util.ArrayList<>(List.of(LocalStackProcess.java(), "-jar",
                LocalStackProcess.jar().toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not exit:\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }
}
