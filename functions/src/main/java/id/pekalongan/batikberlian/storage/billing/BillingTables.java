package id.pekalongan.batikberlian.storage.billing;

import id.pekalongan.batikberlian.config.Resources;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The stores one billing attempt works with, each counting its writes on the attempt's {@link WriteCounter}, so the
 * run itself never holds a DynamoDB client.
 */
public final class BillingTables {

    private final DynamoDbClient dynamo;
    private final Resources resources;

    public BillingTables(DynamoDbClient dynamo, Resources resources) {
        this.dynamo = dynamo;
        this.resources = resources;
    }

    public BillingStore bills(WriteCounter writes) {
        return new BillingStore(dynamo, resources.billingTable(), writes);
    }

    public RunLease lease(WriteCounter writes) {
        return new RunLease(dynamo, resources.billingTable(), writes);
    }

    public ActiveRoster roster(WriteCounter writes) {
        return new ActiveRoster(dynamo, resources.applicantsTable(), resources.programmeTable(), writes);
    }

    public PaymentStore payments() {
        return new PaymentStore(dynamo, resources.billingTable());
    }

    public ChangeOutbox outbox(WriteCounter writes) {
        return new ChangeOutbox(dynamo, resources.billingTable(), writes);
    }

    public AdjustmentStore adjustments(WriteCounter writes) {
        return new AdjustmentStore(dynamo, resources.billingTable(), writes);
    }

    public BudgetStore budgets(long defaultAnnualBudget, WriteCounter writes) {
        return new BudgetStore(dynamo, resources.programmeTable(), defaultAnnualBudget, writes);
    }
}
