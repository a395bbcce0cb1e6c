package id.pekalongan.batikberlian.local.bench.hello;

import java.util.function.Function;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The smallest Spring Cloud Function: the cold-start baseline. It scans no package (no {@code @ComponentScan}), so
 * none of the project's beans are created; what is left is the cost of Spring Boot, the function catalog and the
 * AWS adapter, measured beside the real functions in the same run.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class HelloApp {

    @Bean
    public Function<String, String> hello() {
        return name -> "halo " + name;
    }
}
