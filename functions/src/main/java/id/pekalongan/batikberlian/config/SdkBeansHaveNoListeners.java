package id.pekalongan.batikberlian.config;

import java.util.List;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.awscore.presigner.SdkPresigner;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/**
 * Tells Spring's {@code @EventListener} detection that the SDK's clients have no listener methods, which they cannot
 * have: the SDK knows nothing of Spring. Without this, at the end of every start Spring reads the declared methods of
 * each bean's type, lazy or not, and for the S3, Lambda and DynamoDB client interfaces that loads every request and
 * response class of the three services (about 750 classes, a fifth of a cold start's time beyond a bare Spring Cloud
 * Function) before the first call, whether or not it uses them.
 *
 * <p>The detection takes a bean's type from {@link AutoProxyUtils#ORIGINAL_TARGET_CLASS_ATTRIBUTE} when it is set,
 * and skips JDK types; nothing else in the package reads that attribute ({@code SdkBeansHaveNoListenersTest}).
 */
final class SdkBeansHaveNoListeners implements BeanFactoryPostProcessor {

    static final List<Class<?>> SDK_TYPES = List.of(SdkClient.class, SdkPresigner.class,
            DynamoDbEnhancedClient.class);

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (Class<?> type : SDK_TYPES) {
            for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
                if (beanFactory.containsBeanDefinition(name)) {
                    beanFactory.getBeanDefinition(name)
                            .setAttribute(AutoProxyUtils.ORIGINAL_TARGET_CLASS_ATTRIBUTE, Object.class);
                }
            }
        }
    }
}
