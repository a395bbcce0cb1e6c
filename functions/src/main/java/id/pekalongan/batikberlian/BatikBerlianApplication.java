package id.pekalongan.batikberlian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The six Lambda functions live in one Spring context; each deployed Lambda picks its bean with
 * {@code SPRING_CLOUD_FUNCTION_DEFINITION} and is invoked through the adapter's {@code FunctionInvoker}.
 */
@SpringBootApplication
public class BatikBerlianApplication {

    public static void main(String[] args) {
        SpringApplication.run(BatikBerlianApplication.class, args);
    }
}
