package id.pekalongan.batikberlian.testing;

import id.pekalongan.batikberlian.BatikBerlianApplication;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The functions' Spring context wired to {@link LocalAws}, as the Lambda environment variables would wire it in AWS.
 * One context per set of extra properties, shared across tests.
 */
public final class FunctionsApp {

    private static final Map<Map<String, Object>, ConfigurableApplicationContext> CONTEXTS = new HashMap<>();

    private FunctionsApp() {
    }

    public static ConfigurableApplicationContext context() {
        return context(Map.of());
    }

    public static synchronized ConfigurableApplicationContext context(Map<String, Object> extra) {
        return CONTEXTS.computeIfAbsent(extra, e -> {
            LocalAws aws = LocalAws.get();
            Map<String, Object> props = new HashMap<>(properties(aws));
            props.putAll(e);
            return new SpringApplicationBuilder(BatikBerlianApplication.class)
                    .web(WebApplicationType.NONE).properties(props).run();
        });
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /** The variables template.yaml gives every function, pointed at the local servers. */
    public static Map<String, Object> properties(LocalAws aws) {
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        return new HashMap<>(aws.functionVariables());
    }
}
