package id.pekalongan.batikberlian.emulators;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.List;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * A real S3-protocol server (S3Proxy) in this process, path-style on loopback. Every created object is reported to a
 * listener, which is how the local stack turns a put into the {@code S3Event} that S3 would send.
 */
public final class S3Server implements AutoCloseable {

    private final S3Proxy proxy;
    private final int port;

    private S3Server(S3Proxy proxy, int port) {
        this.proxy = proxy;
        this.port = port;
    }

    /**
     * @param dataDir where objects persist, or {@code null} for memory only
     * @param onCreated told of every object created by a put, a multipart upload or a copy
     */
    public static S3Server start(int port, Path dataDir, Consumer<ObjectCreated> onCreated) throws Exception {
        return start(port, dataDir, onCreated, List.of());
    }

    /**
     * @param corsOrigins origins whose pages may PUT to presigned URLs (the web form's), as a bucket CORS rule allows
     */
    public static S3Server start(int port, Path dataDir, Consumer<ObjectCreated> onCreated, List<String> corsOrigins)
            throws Exception {
        Ports.requireFree(port, "the S3 server", "--s3-port");
        BlobStore store;
        if (dataDir == null) {
            store = new TransientNio2BlobStore();
        } else {
            Files.createDirectories(dataDir);
            store = new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString());
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new NotifyingBlobStore(store, onCreated))
                .endpoint(URI.create("http://127.0.0.1:" + port))
                // Any access key is accepted, as with LocalStack: the local stack is a single trusted user.
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .ignoreUnknownHeaders(true)
                .stopTimeout(1000)
                .corsRules(corsOrigins.isEmpty() ? CrossOriginResourceSharing.disabled()
                        : new CrossOriginResourceSharing(
                                corsOrigins.stream().map(java.util.regex.Pattern::quote).toList(),
                                List.of("GET", "PUT", "HEAD"), List.of("*"), List.of("ETag"), "false"))
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        return new S3Server(proxy, port);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }

    private static final class NotifyingBlobStore extends ForwardingBlobStore {
        private final Consumer<ObjectCreated> onCreated;

        NotifyingBlobStore(BlobStore delegate, Consumer<ObjectCreated> onCreated) {
            super(delegate);
            this.onCreated = onCreated;
        }

        @Override
        public PutObjectResponse putBlob(PutObjectRequest request, java.io.InputStream content) {
            PutObjectResponse response = super.putBlob(request, content);
            announce(request.bucket(), request.key(), "ObjectCreated:Put");
            return response;
        }

        @Override
        public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
                                                                       CompleteMultipartUploadRequest request) {
            CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
            announce(request.bucket(), request.key(), "ObjectCreated:CompleteMultipartUpload");
            return response;
        }

        @Override
        public CopyObjectResponse copyBlob(CopyObjectRequest request) {
            CopyObjectResponse response = super.copyBlob(request);
            announce(request.destinationBucket(), request.destinationKey(), "ObjectCreated:Copy");
            return response;
        }

        private void announce(String bucket, String key, String eventName) {
            HeadObjectResponse head = delegate().blobMetadata(bucket, key);
            String eTag = head.eTag() == null ? "" : head.eTag().replace("\"", "");
            onCreated.accept(new ObjectCreated(bucket, key, head.contentLength() == null ? 0 : head.contentLength(),
                    eTag, head.versionId(), eventName, Instant.now()));
        }
    }
}
