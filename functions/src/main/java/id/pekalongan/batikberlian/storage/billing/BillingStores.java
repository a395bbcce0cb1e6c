package id.pekalongan.batikberlian.storage.billing;

import id.pekalongan.batikberlian.config.Resources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The billing table's stores for the API's routes, which read bills and record payments one request at a time, and
 * the {@link BillingTables} from which the billing run builds its own around a {@link WriteCounter} of its attempt.
 */
@Configuration(proxyBeanMethods = false)
public class BillingStores {

    @Bean
    public BillingTables billingTables(DynamoDbClient dynamo, Resources resources) {
        return new BillingTables(dynamo, resources);
    }

    @Bean
    public BillingStore billingStore(DynamoDbClient dynamo, Resources resources) {
        return new BillingStore(dynamo, resources.billingTable(), new WriteCounter());
    }

    @Bean
    public PaymentStore paymentStore(DynamoDbClient dynamo, Resources resources) {
        return new PaymentStore(dynamo, resources.billingTable());
    }
}
