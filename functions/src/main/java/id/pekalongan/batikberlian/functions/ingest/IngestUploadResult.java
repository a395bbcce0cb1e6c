package id.pekalongan.batikberlian.functions.ingest;

import java.util.List;

public record IngestUploadResult(List<UploadOutcome> uploads) {
}
