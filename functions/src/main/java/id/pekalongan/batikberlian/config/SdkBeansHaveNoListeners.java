package id.pekalongan.batikberlian.config;

import java.util.List;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.awscore.presigner.SdkPresigner;

/**
 * Tells Spring's {@code @EventListener} detection that the SDK's clients have no listener methods, which they cannot
 * have: the SDK knows nothing of Spring. Without this, at the end of every start Spring reads the declared methods of
 * each bean's type, lazy or not, and for the S3, Lambda and DynamoDB client interfaces that loads every request and
 * response class of the three services (about 750 classes; Spring's smart-initialize step took 400-1,100 ms of a
 * cold start, 50 ms without them) before the first call, whether or not it uses them.
 *
 * <p>The detection takes a bean's type from {@link AutoProxyUtils#ORIGINAL_TARGET_CLASS_ATTRIBUTE} when it is set,
 * and skips JDK types; in the package only that detection reads the attribute, which the auto-proxy creator sets on
 * the beans it proxies (never an SDK client).
 */
final class SdkBeansHaveNoListeners implements BeanFactoryPostProcessor {

    /** Every service client and presigner; the enhanced DynamoDB client's interface is small enough to leave. */
    static final List<Class<?>> SDK_TYPES = List.of(SdkClient.class, SdkPresigner.class);

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
