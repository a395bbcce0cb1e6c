package id.pekalongan.batikberlian.dynamodb.differential;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * One engine's answer to one step, as named aspects in canonical text ({@code status}, {@code attributes},
 * {@code items}, {@code count}, ...), so that a known divergence can set aside one aspect and still compare the rest.
 * Error messages are not kept: only the error's type (DynamoDB's {@code __type}) and, for a cancelled transaction,
 * the reasons' codes and items in order.
 */
final class Outcome {

    final Map<String, String> aspects = new LinkedHashMap<>();
    /** The attributes a write returned, as they came, for divergences that look inside them. */
    Map<String, AttributeValue> attributes;

    Outcome put(String aspect, Object value) {
        aspects.put(aspect, String.valueOf(value));
        return this;
    }

    String status() {
        return aspects.get("status");
    }

    boolean isOk() {
        return "ok".equals(status());
    }

    static Outcome ok() {
        return new Outcome().put("status", "ok");
    }

    static Outcome returned(Map<String, AttributeValue> attributes) {
        Outcome o = ok().put("attributes", Canon.item(attributes));
        o.attributes = attributes;
        return o;
    }

    static Outcome error(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? e.getClass().getSimpleName() : e.awsErrorDetails().errorCode();
        Outcome o = new Outcome().put("status", "error " + code);
        if (e instanceof TransactionCanceledException t && t.hasCancellationReasons()) {
            StringBuilder b = new StringBuilder();
            for (CancellationReason r : t.cancellationReasons()) {
                b.append(r.code());
                if (r.hasItem() && r.item() != null) {
                    b.append(' ').append(Canon.item(r.item()));
                }
                b.append("; ");
            }
            o.put("reasons", b);
        }
        if (e instanceof ConditionalCheckFailedException c && c.hasItem()) {
            o.put("item", Canon.item(c.item()));
        }
        return o;
    }

    @Override
    public String toString() {
        return aspects.toString();
    }
}
