package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One API operation: a request body in, an answer body out, or a {@link DynamoDbException}. */
@FunctionalInterface
interface Operation {
    ObjectNode handle(ObjectNode request, RequestContext ctx);
}
