package id.pekalongan.batikberlian.config;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.testing.FunctionsApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.event.EventListener;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The SDK clients are left out of Spring's listener detection, and every other bean's listeners still work. */
class SdkBeansHaveNoListenersTest {

    @Test
    void everySdkClientOfTheFunctionsIsMarkedAsHavingNoListeners() {
        ConfigurableListableBeanFactory factory = FunctionsApp.context().getBeanFactory();
        for (Class<?> type : List.of(DynamoDbClient.class, S3Client.class, LambdaClient.class, S3Presigner.class)) {
            String[] names = factory.getBeanNamesForType(type, true, false);
            assertThat(names).as(type.getSimpleName()).isNotEmpty();
            for (String name : names) {
                assertThat(factory.getBeanDefinition(name).getAttribute(AutoProxyUtils.ORIGINAL_TARGET_CLASS_ATTRIBUTE))
                        .as(name).isEqualTo(Object.class);
            }
        }
    }

    @Test
    void aBeanThatIsNotAnSdkClientStillHasItsListenerCalled() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(SdkBeansHaveNoListeners.class);
            context.registerBean("dynamo", DynamoDbClient.class, () -> DynamoDbClient.builder()
                    .region(software.amazon.awssdk.regions.Region.AP_SOUTHEAST_3).build());
            context.registerBean(Listener.class);
            context.refresh();
            context.publishEvent("halo");
            assertThat(context.getBean(Listener.class).heard).containsExactly("halo");
            assertThat(context.getBeanFactory().getBeanDefinition("dynamo")
                    .getAttribute(AutoProxyUtils.ORIGINAL_TARGET_CLASS_ATTRIBUTE)).isEqualTo(Object.class);
            assertThat(context.getBeanFactory().getBeanDefinition(
                    context.getBeanNamesForType(Listener.class)[0])
                    .getAttribute(AutoProxyUtils.ORIGINAL_TARGET_CLASS_ATTRIBUTE)).isNull();
        }
    }

    static final class Listener {
        final List<String> heard = new ArrayList<>();

        @EventListener
        void on(String message) {
            heard.add(message);
        }
    }
}
