package id.pekalongan.batikberlian.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
public class ResourcesConfiguration {

    @Bean
    public Resources resources(Environment env) {
        return Resources.from(env);
    }
}
