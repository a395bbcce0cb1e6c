package id.pekalongan.batikberlian.domain.premium;

/**
 * Figures from the programme's public record (RULES.md §4), kept as named constants so tests can use them as oracles
 * against the calculators. They describe what happened; they are not rates and never price anything.
 */
public final class PublicRecord {

    private PublicRecord() {
    }

    public static final BillingPeriod FIRST_PERIOD = BillingPeriod.of(2022, 8);
    public static final BillingPeriod LAST_PERIOD = BillingPeriod.of(2024, 12);

    /** Participants reported for Aug 2022 – Dec 2024 (the sum of each year's roster: 423 + 1,277 + 2,700). */
    public static final int PARTICIPANTS = 4_400;

    /** Premiums paid by the city, Aug 2022 – Dec 2024. */
    public static final long PREMIUMS_PAID = 407_000_000L;

    /** Participant-months implied by {@link #PREMIUMS_PAID} at Rp16,800 (24,226 × 16,800 = 406,996,800). */
    public static final long PARTICIPANT_MONTHS = 24_226L;

    public static final int PARTICIPANTS_2022 = 423;
    public static final int TARGET_2022 = 1_000;
    public static final int TARGET_2023 = 2_000;
    public static final int FULL_YEAR_2024 = 1_000;
    public static final int APBD_P_2024 = 1_700;

    /** JKM death claims paid, Aug 2022 – Dec 2024. */
    public static final int JKM_DEATH_CLAIMS = 14;

    /** Total paid for those claims. */
    public static final long JKM_DEATH_CLAIMS_PAID = 588_000_000L;

    /** JKM components (PP 82/2019): lump sum, 24 × Rp500,000 periodic benefit paid at once, funeral. */
    public static final long JKM_LUMP_SUM = 20_000_000L;
    public static final long JKM_PERIODIC_MONTHS = 24L;
    public static final long JKM_PERIODIC_MONTHLY = 500_000L;
    public static final long JKM_FUNERAL = 10_000_000L;

    /** One JKM death benefit without scholarship: 20,000,000 + 24 × 500,000 + 10,000,000 = Rp42,000,000. */
    public static final long JKM_DEATH_BENEFIT = JKM_LUMP_SUM + JKM_PERIODIC_MONTHS * JKM_PERIODIC_MONTHLY + JKM_FUNERAL;
}
