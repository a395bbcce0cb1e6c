package id.pekalongan.batikberlian.config;

import org.springframework.core.env.Environment;

/**
 * The names of the tables and the bucket, as {@code template.yaml} hands them to every function in environment
 * variables. The defaults are the local stack's names for a stack called {@code batik-berlian}.
 */
public record Resources(String applicantsTable, String uploadsTable, String programmeTable, String billingTable,
                        String claimsTable, String uploadBucket) {

    public static Resources from(Environment env) {
        return new Resources(
                env.getProperty("APPLICANTS_TABLE", "batik-berlian-applicants"),
                env.getProperty("UPLOADS_TABLE", "batik-berlian-uploads"),
                env.getProperty("PROGRAMME_TABLE", "batik-berlian-programme"),
                env.getProperty("BILLING_TABLE", "batik-berlian-billing"),
                env.getProperty("CLAIMS_TABLE", "batik-berlian-claims"),
                env.getProperty("UPLOAD_BUCKET", "batik-berlian-uploads-000000000000"));
    }
}
