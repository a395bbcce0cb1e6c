package id.pekalongan.batikberlian.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** cfn-lint (with the SAM transform) is the template's gate: no error, no warning, no informational finding. */
class CfnLintTest {

    private static final long TIMEOUT_SECONDS = 300;

    @Test
    void templatePassesCfnLintWithoutFindings() throws IOException, InterruptedException {
        Optional<Path> cfnLint = onPath("cfn-lint");
        Assumptions.assumeTrue(cfnLint.isPresent(),
                "cfn-lint is not on PATH: the template lint is skipped (install cfn-lint to run it)");

        Path root = RepositoryTemplate.root();
        Path output = Files.createTempFile("cfn-lint", ".txt");
        try {
            Process process = new ProcessBuilder(cfnLint.get().toString(), "template.yaml")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String findings = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(finished).as("cfn-lint finished within %ds; output so far:%n%s", TIMEOUT_SECONDS, findings)
                    .isTrue();
            assertThat(process.exitValue()).as("cfn-lint template.yaml exit code; its findings:%n%s", findings)
                    .isZero();
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
