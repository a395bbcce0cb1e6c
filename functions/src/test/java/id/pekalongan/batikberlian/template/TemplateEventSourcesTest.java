package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.asList;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.events;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isGetAtt;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.properties;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What starts a function without a caller waiting (the applicants stream, the monthly and daily schedules, the
 * bucket's notifications): how each retries, and the queues that keep what still fails.
 */
class TemplateEventSourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eligibilityStreamReportsPartialFailuresAndParksWhatItCannotDecide() throws Exception {
        Map<String, JsonNode> streams = events("ValidateEligibility", "DynamoDB");
        assertThat(streams).hasSize(1);
        JsonNode stream = streams.values().iterator().next();
        assertThat(isGetAtt(stream.path("Stream"), "ApplicantsTable", "StreamArn")).isTrue();
        assertThat(stream.path("StartingPosition").asText()).isEqualTo("TRIM_HORIZON");
        assertThat(stream.path("BatchSize").asInt()).isEqualTo(100);
        assertThat(stream.path("MaximumBatchingWindowInSeconds").asInt()).isEqualTo(5);
        assertThat(asList(stream.path("FunctionResponseTypes")).stream().map(JsonNode::asText))
                .containsExactly("ReportBatchItemFailures");
        assertThat(stream.path("BisectBatchOnFunctionError").asBoolean()).isTrue();
        assertThat(stream.path("MaximumRetryAttempts").asInt()).isEqualTo(5);
        assertThat(stream.path("MaximumRecordAgeInSeconds").asInt()).isEqualTo(86400);
        assertThat(isGetAtt(stream.path("DestinationConfig").path("OnFailure").path("Destination"),
                "EligibilityFailureQueue", "Arn")).as("OnFailure destination").isTrue();
        JsonNode filters = stream.path("FilterCriteria").path("Filters");
        assertThat(filters.size()).isEqualTo(1);
        assertThat(JSON.readTree(filters.get(0).path("Pattern").asText())).isEqualTo(JSON.readTree(
                "{\"eventName\":[\"INSERT\",\"MODIFY\"],\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"PENDING\"]}}}}"));
    }

    @Test
    void premiumRunIsScheduledForTheFirstOfTheMonthInJakarta() throws Exception {
        Map<String, JsonNode> schedules = events("MonthlyPremium", "ScheduleV2");
        assertThat(schedules).hasSize(1);
        JsonNode schedule = schedules.values().iterator().next();
        assertThat(schedule.path("ScheduleExpression").asText()).isEqualTo("cron(5 0 1 * ? *)");
        assertThat(schedule.path("ScheduleExpressionTimezone").asText()).isEqualTo("Asia/Jakarta");
        assertThat(JSON.readTree(schedule.path("Input").asText()).path("scheduledTime").asText())
                .isEqualTo("<aws.scheduler.scheduled-time>");
        assertThat(schedule.path("RetryPolicy").path("MaximumRetryAttempts").asInt()).isEqualTo(3);
        assertThat(isGetAtt(schedule.path("DeadLetterConfig").path("Arn"), "ScheduleDeadLetterQueue", "Arn"))
                .as("schedule dead-letter queue").isTrue();
    }

    @Test
    void redactionIsScheduledDailyInJakartaOnAFunctionOfItsOwn() throws Exception {
        Map<String, JsonNode> schedules = events("RedactExpiredRefusals", "ScheduleV2");
        assertThat(schedules).hasSize(1);
        JsonNode schedule = schedules.values().iterator().next();
        assertThat(schedule.path("ScheduleExpression").asText()).isEqualTo("cron(30 1 * * ? *)");
        assertThat(schedule.path("ScheduleExpressionTimezone").asText()).isEqualTo("Asia/Jakarta");
        assertThat(schedule.path("OmitName").asBoolean()).isTrue();
        assertThat(JSON.readTree(schedule.path("Input").asText())).isEqualTo(
                JSON.readTree("{\"scheduledTime\":\"<aws.scheduler.scheduled-time>\"}"));
        assertThat(schedule.path("RetryPolicy").path("MaximumRetryAttempts").asInt()).isEqualTo(3);
        assertThat(isGetAtt(schedule.path("DeadLetterConfig").path("Arn"), "ScheduleDeadLetterQueue", "Arn"))
                .as("schedule dead-letter queue").isTrue();
        assertThat(events("RedactExpiredRefusals", "DynamoDB")).as("no stream into the redaction").isEmpty();
        assertThat(events("ValidateEligibility", "ScheduleV2")).as("no schedule into eligibility").isEmpty();
    }

    @Test
    void failedUploadEventsAreRetriedTwiceThenParked() {
        JsonNode p = properties("IngestUpload");
        assertThat(p.path("DeadLetterQueue").path("Type").asText()).isEqualTo("SQS");
        assertThat(isGetAtt(p.path("DeadLetterQueue").path("TargetArn"), "IngestUploadDeadLetterQueue", "Arn"))
                .isTrue();
        assertThat(p.path("EventInvokeConfig").path("MaximumRetryAttempts").asInt()).isEqualTo(2);
        assertThat(events("IngestUpload", "S3").values()).allSatisfy(e ->
                assertThat(asList(e.path("Events")).stream().map(JsonNode::asText)).contains("s3:ObjectCreated:*"));
    }

    @ParameterizedTest
    @CsvSource({
            "IngestUploadDeadLetterQueue",
            "EligibilityFailureQueue",
            "ScheduleDeadLetterQueue",
    })
    void queueKeepsMessagesTwoWeeksEncrypted(String queue) {
        assertThat(resource(queue).path("Type").asText()).isEqualTo("AWS::SQS::Queue");
        assertThat(properties(queue).path("SqsManagedSseEnabled").asBoolean()).isTrue();
        assertThat(properties(queue).path("MessageRetentionPeriod").asInt()).isEqualTo(1209600);
    }
}
