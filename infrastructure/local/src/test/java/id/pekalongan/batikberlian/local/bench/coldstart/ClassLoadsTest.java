package id.pekalongan.batikberlian.local.bench.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-load counts read from a JVM's log, as {@code -Xlog:class+load=info:file=…:uptime,level,tags} writes it. */
class ClassLoadsTest {

    @TempDir
    Path temp;

    @Test
    void countsEachClassByOriginAndThoseLoadedAfterTheContextWasReady() throws Exception {
        Path log = Files.writeString(temp.resolve("x.classes"), """
                [0.010s][info][class,load] java.lang.Object source: shared objects file
                [0.020s][info][class,load] java.util.HexFormat source: jrt:/java.base
                [0.900s][info][class,load] org.springframework.boot.SpringApplication source: file:/p.zip
                [1.500s][info][class,load] software.amazon.awssdk.services.s3.S3Client source: file:/p.zip
                [1.600s][info][class,load] id.pekalongan.batikberlian.config.AwsClients source: file:/p.zip
                [1.700s][info][class,load] com.amazonaws.services.lambda.runtime.Context source: file:/p.zip
                [1.800s][info][class,load] org.joda.time.DateTime source: file:/p.zip
                [1.900s][info][gc] not a class line
                """);

        Map<String, Long> counts = ClassLoads.count(log, 1_000);

        assertThat(counts).containsEntry("classes", 7L).containsEntry("classes_from_cds", 1L)
                .containsEntry("classes_after_ready", 4L).containsEntry("classes_jdk", 2L)
                .containsEntry("classes_spring", 1L).containsEntry("classes_awssdk", 1L)
                .containsEntry("classes_project", 1L).containsEntry("classes_lambda_events", 1L)
                .containsEntry("classes_other", 1L).containsEntry("classes_jackson", 0L);
    }

    @Test
    void withoutAReadyTimeNoClassIsCountedAsTheFirstCalls() throws Exception {
        Path log = Files.writeString(temp.resolve("y.classes"),
                "[5.000s][info][class,load] id.pekalongan.batikberlian.X source: file:/p.zip\n");

        assertThat(ClassLoads.count(log, -1)).containsEntry("classes", 1L).containsEntry("classes_after_ready", 0L);
    }
}
