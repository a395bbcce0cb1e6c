package id.pekalongan.batikberlian.config;

import id.pekalongan.batikberlian.domain.benefit.BenefitCalculator;
import id.pekalongan.batikberlian.domain.eligibility.Candidate;
import id.pekalongan.batikberlian.domain.eligibility.EvaluationContext;
import id.pekalongan.batikberlian.domain.eligibility.RuleSet;
import id.pekalongan.batikberlian.domain.nik.NikParser;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.HolidayCalendar;
import id.pekalongan.batikberlian.domain.premium.PremiumCalculator;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.upload.DateParser;
import id.pekalongan.batikberlian.json.Json;
import java.time.LocalDate;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Work done once before a SnapStart snapshot instead of on every restored instance's first request: the reference
 * data and rule tables loaded, the parsers and calculators run once so their classes are loaded and linked, and the
 * SDK clients built. Nothing here opens a connection, so the snapshot holds no socket to go stale. On a JVM without
 * CRaC the hook is simply never called.
 */
@Component
@Lazy(false)
public class SnapStartPriming implements Resource {

    private static final Logger log = LoggerFactory.getLogger(SnapStartPriming.class);

    private final DynamoDbClient dynamo;
    private final S3Client s3;

    public SnapStartPriming(DynamoDbClient dynamo, S3Client s3) {
        this.dynamo = dynamo;
        this.s3 = s3;
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        log.atInfo().addKeyValue("event", "snapstart_primed").addKeyValue("steps", prime()).log("primed for snapshot");
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to reopen: the clients connect on their first request.
    }

    /** @return how many priming steps ran */
    public int prime() {
        int steps = 0;
        KelurahanDirectory directory = KelurahanDirectory.loadDefault();
        OccupationList occupations = OccupationList.loadDefault();
        steps += 2;
        LocalDate today = LocalDate.of(2026, 1, 15);
        RuleSet.standard().evaluate(new Candidate("3375011708750001", "Contoh", LocalDate.of(1975, 8, 17),
                Sex.MALE, "Tukang becak", "Sapuro Kebulen", "Pekalongan Barat", null),
                new EvaluationContext(today, directory, occupations, nik -> false));
        NikParser.parse("3.37501E+15");
        DateParser.parse("17 Agustus 1975");
        steps += 3;
        PremiumCalculator.standard().premiumAtDefault(BillingPeriod.parse("2026-01"));
        HolidayCalendar.indonesia();
        BenefitCalculator.standard();
        steps += 3;
        Json.MAPPER.valueToTree(java.util.Map.of("primed", true));
        // Touching the clients' configuration builds their request pipelines without a request being sent.
        dynamo.serviceClientConfiguration();
        s3.serviceClientConfiguration();
        steps += 3;
        return steps;
    }
}
