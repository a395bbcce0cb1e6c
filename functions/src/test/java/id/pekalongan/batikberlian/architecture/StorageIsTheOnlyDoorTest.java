package id.pekalongan.batikberlian.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.storage.ApplicantStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only {@code storage} (and {@code config}, which builds the client) may name anything of the DynamoDB SDK: a route,
 * a function or the domain that did would reach a table around the stores. Read from the compiled classes, so a
 * fully qualified name or a {@code var} counts as much as an import.
 */
class StorageIsTheOnlyDoorTest {

    static final String DYNAMODB = "software/amazon/awssdk/services/dynamodb/";
    static final String ROOT = "id/pekalongan/batikberlian/";
    static final List<String> ALLOWED = List.of(ROOT + "storage/", ROOT + "config/");

    @Test
    void noClassOutsideStorageAndConfigNamesTheDynamoDbSdk() throws Exception {
        Path classes = classes();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT))) {
            offenders = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> ALLOWED.stream().noneMatch(name::startsWith))
                    .filter(name -> names(classes.resolve(name)))
                    .sorted().toList();
        }
        assertThat(offenders).as("classes that reach DynamoDB around storage/").isEmpty();
    }

    @Test
    void theCheckSeesAReferenceWhereThereIsOne() throws Exception {
        Path classes = classes();
        assertThat(names(classes.resolve(ROOT + "storage/ApplicantStore.class"))).isTrue();
        assertThat(names(classes.resolve(ROOT + "domain/participant/Applicant.class"))).isFalse();
    }

    private static boolean names(Path classFile) {
        try {
            // Class names in the constant pool are plain ASCII in the class file's modified UTF-8.
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(DYNAMODB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classes() throws URISyntaxException {
        return Path.of(ApplicantStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
