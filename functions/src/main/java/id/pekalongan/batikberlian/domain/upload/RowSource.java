package id.pekalongan.batikberlian.domain.upload;

import java.io.Closeable;
import java.io.IOException;

/** Physical rows of one file, in order; {@link #next()} returns null at the end. */
interface RowSource extends Closeable {

    PhysicalRow next() throws IOException;
}
