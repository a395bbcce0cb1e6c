package id.pekalongan.batikberlian.domain.upload;

/**
 * What the caller knows about an upload before reading it.
 *
 * @param kelurahanFromObjectKey true when the S3 key already names the kelurahan, so the file need not have a
 *                               Kelurahan column
 */
public record ReadOptions(boolean kelurahanFromObjectKey) {

    public static ReadOptions defaults() {
        return new ReadOptions(false);
    }
}
