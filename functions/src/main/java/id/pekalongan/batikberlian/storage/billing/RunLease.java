package id.pekalongan.batikberlian.storage.billing;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.Attr;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The lease and checkpoint of one period's run, the {@code RUN} item of the billing table. The lease keeps two
 * deliveries of the schedule from billing a period at the same time; the checkpoint is where a resumed run continues.
 */
public final class RunLease {

    public static final String RUN = "RUN";

    private final BillingTable table;

    public RunLease(DynamoDbClient dynamo, String table, WriteCounter writes) {
        this.table = new BillingTable(dynamo, table, writes);
    }

    /**
     * Takes the period's lease for {@code owner} until {@code leaseUntilMillis}, unless another owner holds an
     * unexpired one. A second delivery of the same schedule finds the lease held and leaves the run to its holder.
     */
    public Optional<RunState> acquire(BillingPeriod period, String owner, long nowMillis, long leaseUntilMillis,
                                      String startedAt) {
        try {
            Map<String, AttributeValue> after = table.update(period, RUN, b -> b
                    .updateExpression("SET #o = :o, leaseUntil = :u, #st = if_not_exists(#st, :ip), "
                            + "pagesDone = if_not_exists(pagesDone, :zero), lastNik = if_not_exists(lastNik, :empty), "
                            + "startedAt = if_not_exists(startedAt, :at), updatedAt = :at ADD attempts :one")
                    .conditionExpression("attribute_not_exists(#o) OR leaseUntil < :now OR #o = :o")
                    .expressionAttributeNames(Map.of("#o", "owner", "#st", "status"))
                    .expressionAttributeValues(Map.of(":o", s(owner), ":u", n(leaseUntilMillis),
                            ":ip", s(RunState.IN_PROGRESS), ":zero", n(0), ":empty", s(""), ":at", s(startedAt),
                            ":one", n(1), ":now", n(nowMillis)))
                    .returnValues("ALL_NEW")).attributes();
            return Optional.of(runState(after));
        } catch (ConditionalCheckFailedException held) {
            table.refused();
            return Optional.empty();
        }
    }

    /**
     * Moves the lease on to {@code leaseUntilMillis} while {@code owner} still holds it: the heartbeat of a running
     * attempt. False when the lease was lost (it lapsed and another attempt took it).
     */
    public boolean renew(BillingPeriod period, String owner, long leaseUntilMillis) {
        try {
            table.update(period, RUN, b -> b
                    .updateExpression("SET leaseUntil = :u")
                    .conditionExpression("#o = :o")
                    .expressionAttributeNames(Map.of("#o", "owner"))
                    .expressionAttributeValues(Map.of(":u", n(leaseUntilMillis), ":o", s(owner))));
            return true;
        } catch (ConditionalCheckFailedException lost) {
            table.refused();
            return false;
        }
    }

    /** When the lease someone holds on the period lapses (epoch millis), if anyone holds one. */
    public Optional<Long> heldUntil(BillingPeriod period) {
        return table.get(period, RUN).filter(item -> item.containsKey("owner") && item.containsKey("leaseUntil"))
                .map(item -> Attr.number(item, "leaseUntil", 0));
    }

    public Optional<RunState> runState(BillingPeriod period) {
        return table.get(period, RUN).map(RunLease::runState);
    }

    /** Records a finished page; refused (IllegalStateException) if the lease was lost to another owner. */
    public void checkpoint(BillingPeriod period, String owner, long pagesDone, String lastNik, String at) {
        try {
            table.update(period, RUN, b -> b
                    .updateExpression("SET pagesDone = :p, lastNik = :l, updatedAt = :at")
                    .conditionExpression("#o = :o")
                    .expressionAttributeNames(Map.of("#o", "owner"))
                    .expressionAttributeValues(Map.of(":p", n(pagesDone), ":l", s(lastNik), ":at", s(at),
                            ":o", s(owner))));
        } catch (ConditionalCheckFailedException lost) {
            table.refused();
            throw new IllegalStateException("the lease of " + period + " was taken over", lost);
        }
    }

    public void completeRun(BillingPeriod period, String owner, String at) {
        table.update(period, RUN, b -> b
                .updateExpression("SET #st = :c, updatedAt = :at REMOVE #o, leaseUntil")
                .expressionAttributeNames(Map.of("#st", "status", "#o", "owner"))
                .expressionAttributeValues(Map.of(":c", s(RunState.COMPLETE), ":at", s(at))));
    }

    /** Gives the lease back so a retry need not wait for it to expire; a lease already lost is left alone. */
    public void release(BillingPeriod period, String owner) {
        try {
            table.update(period, RUN, b -> b
                    .updateExpression("REMOVE #o, leaseUntil")
                    .conditionExpression("#o = :o")
                    .expressionAttributeNames(Map.of("#o", "owner"))
                    .expressionAttributeValues(Map.of(":o", s(owner))));
        } catch (ConditionalCheckFailedException notOurs) {
            table.refused();
        }
    }

    private static RunState runState(Map<String, AttributeValue> item) {
        return new RunState(Attr.string(item, "status"), Attr.number(item, "pagesDone", 0),
                Optional.ofNullable(Attr.string(item, "lastNik")).orElse(""), Attr.number(item, "attempts", 0));
    }
}
