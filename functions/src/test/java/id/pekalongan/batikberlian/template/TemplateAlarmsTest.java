package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.FUNCTIONS;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.asList;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isGetAtt;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isRef;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.properties;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alarms: a function's errors or a message parked in a dead-letter queue reach the operators through the encrypted
 * alarm topic.
 */
class TemplateAlarmsTest {

    static Stream<Arguments> alarmedThings() {
        return Stream.concat(
                FUNCTIONS.stream().map(f -> Arguments.of("AWS/Lambda", "Errors", "FunctionName", f)),
                Stream.of("IngestUploadDeadLetterQueue", "EligibilityFailureQueue", "ScheduleDeadLetterQueue")
                        .map(q -> Arguments.of("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", q)));
    }

    @ParameterizedTest(name = "{3} {1}")
    @MethodSource("alarmedThings")
    void somethingGoingWrongNotifiesTheAlarmTopic(String namespace, String metric, String dimension, String target) {
        boolean alarmed = template().resourcesOfType("AWS::CloudWatch::Alarm").values().stream()
                .map(a -> a.path("Properties"))
                .filter(a -> namespace.equals(a.path("Namespace").asText()) && metric.equals(a.path("MetricName").asText()))
                .filter(a -> asList(a.path("Dimensions")).stream().anyMatch(d ->
                        dimension.equals(d.path("Name").asText())
                                && (isRef(d.path("Value"), target) || isGetAtt(d.path("Value"), target, "QueueName"))))
                .filter(a -> a.path("Threshold").asDouble() == 1
                        && "GreaterThanOrEqualToThreshold".equals(a.path("ComparisonOperator").asText())
                        && a.path("Period").asInt() * a.path("EvaluationPeriods").asInt() <= 300)
                .anyMatch(a -> asList(a.path("AlarmActions")).stream().anyMatch(x -> isRef(x, "AlarmTopic")));
        assertThat(alarmed).as("alarm on %s %s >= 1 notifying AlarmTopic", target, metric).isTrue();
    }

    @Test
    void alarmTopicIsEncryptedAndMailsOnlyWhenAnAddressIsGiven() {
        assertThat(properties("AlarmTopic").path("KmsMasterKeyId").isMissingNode()).as("AlarmTopic encryption")
                .isFalse();
        JsonNode subscription = template().resourcesOfType("AWS::SNS::Subscription").values().stream()
                .filter(s -> isRef(s.path("Properties").path("TopicArn"), "AlarmTopic"))
                .findFirst().orElseThrow();
        assertThat(subscription.path("Properties").path("Protocol").asText()).isEqualTo("email");
        assertThat(isRef(subscription.path("Properties").path("Endpoint"), "AlarmEmail")).isTrue();
        String condition = subscription.path("Condition").asText();
        assertThat(RepositoryTemplate.root("Conditions").path(condition).toString())
                .as("condition %s", condition).contains("AlarmEmail");
    }
}
