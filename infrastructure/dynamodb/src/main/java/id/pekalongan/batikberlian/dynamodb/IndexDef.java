package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A secondary index as declared.
 *
 * @param projectionType   ALL, KEYS_ONLY or INCLUDE
 * @param nonKeyAttributes the INCLUDE list (empty otherwise)
 * @param provisioned      the index's ProvisionedThroughput as given, or null
 */
record IndexDef(String name, boolean global, KeySchema keys, String projectionType, List<String> nonKeyAttributes,
                ObjectNode provisioned) {
}
