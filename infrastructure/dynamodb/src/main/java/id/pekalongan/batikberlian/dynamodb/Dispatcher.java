package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/** Maps {@code X-Amz-Target} to the operation that serves it. */
final class Dispatcher {

    static final String DYNAMODB = "DynamoDB_20120810.";
    static final String STREAMS = "DynamoDBStreams_20120810.";

    private final Map<String, Operation> operations = new HashMap<>();

    Dispatcher(Database db) {
        TableOperations tables = new TableOperations(db);
        ItemOperations items = new ItemOperations(db);
        QueryScan reads = new QueryScan(db);
        BatchOperations batch = new BatchOperations(db, items);
        Transactions tx = new Transactions(db);
        StreamOperations streams = new StreamOperations(db);
        dynamo("CreateTable", tables::create);
        dynamo("DescribeTable", tables::describe);
        dynamo("ListTables", tables::list);
        dynamo("DeleteTable", tables::delete);
        dynamo("UpdateTable", tables::update);
        dynamo("UpdateTimeToLive", tables::updateTimeToLive);
        dynamo("DescribeTimeToLive", tables::describeTimeToLive);
        dynamo("TagResource", tables::tag);
        dynamo("UntagResource", tables::untag);
        dynamo("ListTagsOfResource", tables::listTags);
        dynamo("DescribeEndpoints", tables::describeEndpoints);
        dynamo("DescribeLimits", tables::describeLimits);
        dynamo("PutItem", items::put);
        dynamo("GetItem", items::get);
        dynamo("UpdateItem", items::update);
        dynamo("DeleteItem", items::delete);
        dynamo("Query", reads::query);
        dynamo("Scan", reads::scan);
        dynamo("BatchGetItem", batch::get);
        dynamo("BatchWriteItem", batch::write);
        dynamo("TransactWriteItems", tx::write);
        dynamo("TransactGetItems", tx::get);
        operations.put(STREAMS + "ListStreams", streams::listStreams);
        operations.put(STREAMS + "DescribeStream", streams::describeStream);
        operations.put(STREAMS + "GetShardIterator", streams::getShardIterator);
        operations.put(STREAMS + "GetRecords", streams::getRecords);
    }

    private void dynamo(String name, Operation op) {
        operations.put(DYNAMODB + name, op);
    }

    ObjectNode dispatch(String target, ObjectNode request, RequestContext ctx) {
        Operation op = target == null ? null : operations.get(target);
        if (op == null) {
            String name = target == null ? "(no X-Amz-Target)" : target;
            throw new DynamoDbException(DynamoDbException.UNKNOWN_OPERATION, 400,
                    "An unknown operation was requested: " + name);
        }
        return op.handle(request, ctx);
    }
}
