package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One change as a stream keeps it: the sequence number, when, what (INSERT/MODIFY/REMOVE), the keys and both images
 * (the view type decides which are answered), and whether TTL made it.
 */
record StreamRecord(long sequence, long createdMillis, String eventName, ObjectNode keys, ObjectNode oldImage,
                    ObjectNode newImage, boolean byTtl) {
}
