package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One item's change as a write decides it, before it is applied: the item before (null when there was none) and
 * after (null for a delete).
 */
record Change(Table table, StoreKey key, ObjectNode oldItem, ObjectNode newItem) {
}
