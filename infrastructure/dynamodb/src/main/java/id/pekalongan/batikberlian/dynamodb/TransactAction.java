package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.expr.Condition;
import id.pekalongan.batikberlian.dynamodb.expr.Update;

/** One action of a TransactWriteItems request, parsed and checked before any lock is taken. */
sealed interface TransactAction {

    Table table();

    StoreKey key();

    Condition condition();

    boolean oldOnFailure();

    record Check(Table table, StoreKey key, Condition condition, boolean oldOnFailure) implements TransactAction {
    }

    record Put(Table table, StoreKey key, ObjectNode item, Condition condition, boolean oldOnFailure)
            implements TransactAction {
    }

    record Upd(Table table, StoreKey key, ObjectNode keyItem, Update update, Condition condition,
               boolean oldOnFailure) implements TransactAction {
    }

    record Delete(Table table, StoreKey key, Condition condition, boolean oldOnFailure) implements TransactAction {
    }
}
