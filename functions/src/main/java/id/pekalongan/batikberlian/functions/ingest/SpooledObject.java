package id.pekalongan.batikberlian.functions.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * An uploaded object copied to a temporary file while it is hashed, for as long as one piece of work needs it: the
 * file is read more than once (sniffing, encoding, rows) and the object may change under its key meanwhile.
 */
final class SpooledObject {

    /** Work on the spooled copy of an object, given its upload id (the SHA-256 of its bytes). */
    @FunctionalInterface
    interface Work {
        UploadOutcome run(Path spool, String uploadId) throws IOException;
    }

    private SpooledObject() {
    }

    static UploadOutcome with(S3Client s3, String bucket, String key, Work work) {
        Path spool = null;
        try {
            spool = Files.createTempFile("upload", ".bin");
            return work.run(spool, copy(s3, bucket, key, spool));
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // A temp file left behind is removed with the execution environment.
                }
            }
        }
    }

    /** Copies the object to a temporary file while hashing it: the hash is the upload's identity. */
    private static String copy(S3Client s3, String bucket, String key, Path target) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key));
             OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
            in.transferTo(out);
        } catch (NoSuchKeyException gone) {
            throw new UploadGoneException(bucket, key);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
