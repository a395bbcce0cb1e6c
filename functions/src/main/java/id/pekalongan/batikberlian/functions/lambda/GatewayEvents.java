package id.pekalongan.batikberlian.functions.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An API Gateway payload 2.0 event decoded with Lambda's own event serialization, as the Java runtime would. */
final class GatewayEvents {

    private static final PojoSerializer<APIGatewayV2HTTPEvent> SERIALIZER = LambdaEventSerializers.serializerFor(
            APIGatewayV2HTTPEvent.class, GatewayEvents.class.getClassLoader());

    private GatewayEvents() {
    }

    static APIGatewayV2HTTPEvent read(ObjectNode event) {
        try {
            return SERIALIZER.fromJson(event.toString());
        } catch (RuntimeException e) {
            // A field of the wrong shape (headers as a number, say): not an event API Gateway sends.
            throw new OneEvent.NotOneEvent("EVENT_NOT_GATEWAY", "not an API Gateway payload 2.0 event");
        }
    }
}
