package id.pekalongan.batikberlian.functions.premium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every shape that starts a run names its period in Asia/Jakarta time. */
class BillingTriggerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static String scheduledEvent(String time) {
        return "{\"version\":\"0\",\"id\":\"89d1a02d-5ec7-412e-82f5-13505f849b41\",\"detail-type\":\"Scheduled Event\","
                + "\"source\":\"aws.events\",\"account\":\"123456789012\",\"time\":\"" + time + "\","
                + "\"region\":\"ap-southeast-3\",\"resources\":[\"arn:aws:events:ap-southeast-3:123456789012:rule/x\"],"
                + "\"detail\":{}}";
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2024-05-31T17:05:00Z, 2024-06",
            "2024-05-31T16:59:59Z, 2024-05",
            "2024-12-31T17:00:00Z, 2025-01",
            "2024-06-15T03:00:00Z, 2024-06"})
    void eventBridgeScheduledEventTime(String time, String period) throws Exception {
        // The real event shape, as the AWS serializer reads it, then as the function's JSON binding reads it.
        ScheduledEvent event = LambdaEventSerializers.serializerFor(ScheduledEvent.class,
                getClass().getClassLoader()).fromJson(scheduledEvent(time));
        assertThat(event.getTime()).isNotNull();
        BillingTrigger trigger = JSON.readValue(scheduledEvent(time), BillingTrigger.class);
        assertThat(MonthlyPremiumFunction.periodOf(trigger)).hasToString(period);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2024-05-31T17:05:00Z, 2024-06", "2024-05-31T17:05:00+07:00, 2024-05"})
    void schedulerInput(String time, String period) throws Exception {
        BillingTrigger trigger = JSON.readValue("{\"scheduledTime\":\"" + time + "\"}", BillingTrigger.class);
        assertThat(MonthlyPremiumFunction.periodOf(trigger)).hasToString(period);
    }

    @Test
    void explicitPeriodWins() throws Exception {
        BillingTrigger trigger = JSON.readValue("{\"period\":\"2023-02\",\"time\":\"2024-05-31T17:05:00Z\"}",
                BillingTrigger.class);
        assertThat(MonthlyPremiumFunction.periodOf(trigger)).hasToString("2023-02");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"period\":\"2024-6\"}", "{\"period\":\"2024-13\"}", "{\"time\":\"kemarin\"}"})
    void unreadableTriggersAreRefused(String json) throws Exception {
        BillingTrigger trigger = JSON.readValue(json, BillingTrigger.class);
        assertThatThrownBy(() -> MonthlyPremiumFunction.periodOf(trigger))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBeanBillsAnEmptyFutureMonthAndAnswersWithItsPeriod() {
        MonthlyPremiumFunction function = FunctionsApp.bean(MonthlyPremiumFunction.class);
        BillingRunSummary summary = function.apply(new BillingTrigger("2039-12", null, null));
        assertThat(summary.period()).isEqualTo("2039-12");
        assertThat(summary.status()).isIn(BillingRunSummary.COMPLETE, BillingRunSummary.ALREADY_COMPLETE);
    }

}
