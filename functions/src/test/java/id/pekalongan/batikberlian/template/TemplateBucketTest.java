package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.asList;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isRef;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.properties;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.resource;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The upload bucket: private, versioned and encrypted, keeping only what the programme must keep, and written to only
 * over TLS and from the form's origin.
 */
class TemplateBucketTest {

    @Test
    void uploadBucketIsPrivateVersionedAndEncrypted() {
        JsonNode bucket = properties("UploadBucket");
        JsonNode block = bucket.path("PublicAccessBlockConfiguration");
        for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls",
                "RestrictPublicBuckets")) {
            assertThat(block.path(flag).asBoolean(false)).as("UploadBucket %s", flag).isTrue();
        }
        assertThat(bucket.path("OwnershipControls").path("Rules").path(0).path("ObjectOwnership").asText())
                .isEqualTo("BucketOwnerEnforced");
        assertThat(bucket.path("VersioningConfiguration").path("Status").asText()).isEqualTo("Enabled");
        assertThat(bucket.path("BucketEncryption").path("ServerSideEncryptionConfiguration").path(0)
                .path("ServerSideEncryptionByDefault").path("SSEAlgorithm").asText())
                .as("UploadBucket encryption").isIn("AES256", "aws:kms", "aws:kms:dsse");
        assertThat(resource("UploadBucket").path("DeletionPolicy").asText()).isEqualTo("Retain");
        assertThat(template().ref("UploadBucket")).isEqualTo("batik-berlian-uploads-000000000000");
    }

    @ParameterizedTest
    @CsvSource({
            "reports/,   400, ",
            "preflight/, 7,   ",
    })
    void uploadBucketExpiresWhatIsNotKept(String prefix, int days) {
        boolean found = false;
        for (JsonNode rule : properties("UploadBucket").path("LifecycleConfiguration").path("Rules")) {
            String rulePrefix = rule.has("Prefix") ? rule.path("Prefix").asText()
                    : rule.path("Filter").path("Prefix").asText(null);
            if (prefix.equals(rulePrefix) && "Enabled".equals(rule.path("Status").asText())) {
                assertThat(rule.path("ExpirationInDays").asInt()).as("%s expiry", prefix).isEqualTo(days);
                found = true;
            }
        }
        assertThat(found).as("lifecycle rule for %s", prefix).isTrue();
    }

    @Test
    void uploadBucketCleansUpOldVersionsAndAbandonedUploads() {
        JsonNode rules = properties("UploadBucket").path("LifecycleConfiguration").path("Rules");
        boolean noncurrent = false;
        boolean multipart = false;
        for (JsonNode rule : rules) {
            noncurrent |= rule.path("NoncurrentVersionExpiration").path("NoncurrentDays").asInt() == 90;
            multipart |= rule.path("AbortIncompleteMultipartUpload").path("DaysAfterInitiation").asInt() == 7;
        }
        assertThat(noncurrent).as("noncurrent versions expire after 90 days").isTrue();
        assertThat(multipart).as("incomplete multipart uploads abort after 7 days").isTrue();
    }

    @Test
    void uploadBucketAcceptsPresignedPutsFromTheFormOnly() {
        JsonNode rules = properties("UploadBucket").path("CorsConfiguration").path("CorsRules");
        assertThat(rules.size()).isPositive();
        for (JsonNode rule : rules) {
            assertThat(asList(rule.path("AllowedOrigins"))).as("CORS origins")
                    .allSatisfy(o -> assertThat(isRef(o, "FormOrigin")).as("origin %s", o).isTrue());
        }
        assertThat(asList(rules.path(0).path("AllowedMethods")).stream().map(JsonNode::asText)).contains("PUT");
    }

    @Test
    void uploadBucketPolicyRefusesPlainHttp() {
        Map<String, JsonNode> policies = template().resourcesOfType("AWS::S3::BucketPolicy");
        boolean denies = policies.values().stream()
                .filter(p -> isRef(p.path("Properties").path("Bucket"), "UploadBucket"))
                .flatMap(p -> asList(p.path("Properties").path("PolicyDocument").path("Statement")).stream())
                .anyMatch(s -> "Deny".equals(s.path("Effect").asText())
                        && "false".equals(s.path("Condition").path("Bool").path("aws:SecureTransport").asText())
                        && "*".equals(s.path("Principal").asText())
                        && asList(s.path("Action")).stream().anyMatch(a -> a.asText().equals("s3:*"))
                        && asList(s.path("Resource")).stream().map(r -> template().resolve(r)).toList()
                                .containsAll(List.of("arn:aws:s3:::batik-berlian-uploads-000000000000",
                                        "arn:aws:s3:::batik-berlian-uploads-000000000000/*")));
        assertThat(denies).as("UploadBucketPolicy denies aws:SecureTransport=false on bucket and objects").isTrue();
    }
}
