package id.pekalongan.batikberlian.functions.ingest;

import id.pekalongan.batikberlian.storage.UploadStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads one uploaded object as a stream and records it under the SHA-256 of its bytes, so that the same file
 * delivered twice, or uploaded again under another name, is recognised.
 */
@Component
public class UploadReceiver {

    private final S3Client s3;
    private final UploadStore uploads;
    private final Clock clock;

    public UploadReceiver(S3Client s3, UploadStore uploads) {
        this.s3 = s3;
        this.uploads = uploads;
        this.clock = Clock.systemUTC();
    }

    public UploadOutcome receive(String bucket, String key) {
        MessageDigest sha256 = sha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(s3.getObject(b -> b.bucket(bucket).key(key)), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        }
        String uploadId = HexFormat.of().formatHex(sha256.digest());
        boolean first = uploads.recordReceived(uploadId, bucket, key, size, clock.instant());
        if (!first) {
            return new UploadOutcome(uploadId, bucket, key, "ALREADY_PROCESSED", size,
                    "berkas sudah pernah diproses (" + uploadId + ")");
        }
        return new UploadOutcome(uploadId, bucket, key, "RECEIVED", size, "berkas diterima");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
