package id.pekalongan.batikberlian.functions.ingest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * {@link SelfInvoker} through Lambda's Invoke API. The client is built on first use: only a long file needs it,
 * and a cold start should not pay for it.
 */
@Component
public class LambdaSelfInvoker implements SelfInvoker {

    private final ObjectProvider<LambdaClient> lambda;

    public LambdaSelfInvoker(ObjectProvider<LambdaClient> lambda) {
        this.lambda = lambda;
    }

    @Override
    public void invokeAsync(String functionName, String event) {
        InvokeResponse response = lambda.getObject().invoke(b -> b.functionName(functionName)
                .invocationType(InvocationType.EVENT).payload(SdkBytes.fromUtf8String(event)));
        if (response.statusCode() != 202) {
            throw new IllegalStateException("Lambda answered " + response.statusCode() + " to an Event invoke of "
                    + functionName);
        }
    }
}
