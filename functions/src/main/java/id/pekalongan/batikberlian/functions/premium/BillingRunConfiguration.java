package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.participant.SlotRelease;
import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.storage.billing.BillingTables;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Wires the billing run. {@code ANNUAL_BUDGET_RUPIAH} is the template's parameter; {@code BILLING_PAGE_SIZE} and
 * {@code BILLING_FINISH_RESERVE_SECONDS} tune the checkpoints, {@code BILLING_LEASE_SECONDS} how soon a
 * dead run's lease lapses. The waitlist is told about freed slots through a
 * {@link SlotRelease} bean when one exists.
 */
@Configuration(proxyBeanMethods = false)
public class BillingRunConfiguration {

    @Bean
    public BillingSettings billingSettings(Environment env) {
        BillingSettings d = BillingSettings.defaults();
        return new BillingSettings(
                Integer.parseInt(env.getProperty("BILLING_PAGE_SIZE", Integer.toString(d.pageSize()))),
                Duration.ofSeconds(Long.parseLong(env.getProperty("BILLING_FINISH_RESERVE_SECONDS",
                        Long.toString(d.finishReserve().toSeconds())))),
                Long.parseLong(env.getProperty("ANNUAL_BUDGET_RUPIAH", Long.toString(d.defaultAnnualBudget()))),
                Duration.ofSeconds(Long.parseLong(env.getProperty("BILLING_LEASE_SECONDS",
                        Long.toString(d.lease().toSeconds())))));
    }

    @Bean
    public BillingRun billingRun(BillingTables tables, S3Client s3, Resources resources, BillingSettings settings,
                                 ObjectProvider<SlotRelease> slotRelease) {
        return new BillingRun(tables, s3, resources, settings, slotRelease.getIfAvailable(), Clock.systemUTC());
    }
}
