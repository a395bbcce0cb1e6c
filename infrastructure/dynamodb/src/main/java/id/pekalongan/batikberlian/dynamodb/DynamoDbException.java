package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answered to the client exactly as DynamoDB answers it: HTTP status, the {@code __type} name
 * (e.g. {@code ValidationException}) and a message.
 */
public class DynamoDbException extends RuntimeException {

    public static final String VALIDATION = "ValidationException";
    public static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailedException";
    public static final String TRANSACTION_CANCELED = "TransactionCanceledException";
    public static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";
    public static final String RESOURCE_IN_USE = "ResourceInUseException";
    public static final String UNKNOWN_OPERATION = "UnknownOperationException";
    public static final String SERIALIZATION = "SerializationException";
    public static final String INTERNAL = "InternalServerError";
    public static final String IDEMPOTENT_MISMATCH = "IdempotentParameterMismatchException";
    public static final String TRIMMED_DATA = "TrimmedDataAccessException";
    public static final String EXPIRED_ITERATOR = "ExpiredIteratorException";

    private final String type;
    private final int status;
    /** Fields answered beside {@code __type} and {@code message}, e.g. {@code Item} or {@code CancellationReasons}. */
    private ObjectNode details;

    public DynamoDbException(String type, int status, String message) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
    }

    public static DynamoDbException validation(String message) {
        return new DynamoDbException(VALIDATION, 400, message);
    }

    public static DynamoDbException notFound(String message) {
        return new DynamoDbException(RESOURCE_NOT_FOUND, 400, message);
    }

    public static DynamoDbException inUse(String message) {
        return new DynamoDbException(RESOURCE_IN_USE, 400, message);
    }

    public static DynamoDbException conditionFailed(ObjectNode item) {
        DynamoDbException e = new DynamoDbException(CONDITIONAL_CHECK_FAILED, 400, "The conditional request failed");
        if (item != null) {
            e.with("Item", item);
        }
        return e;
    }

    /** Adds a field to the error body; returns this. */
    public DynamoDbException with(String field, JsonNode value) {
        if (details == null) {
            details = JsonNodeFactory.instance.objectNode();
        }
        details.set(field, value);
        return this;
    }

    /** The extra body fields, or null. */
    public ObjectNode details() {
        return details;
    }

    /** The {@code __type} name, without the {@code com.amazonaws.dynamodb.v20120810#} prefix. */
    public String type() {
        return type;
    }

    public int status() {
        return status;
    }
}
