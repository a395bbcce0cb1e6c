package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Where a stored participant is counted on the dashboard, read before a status change whose caller knows only the
 * NIK. Kelurahan and occupation never change after registration, so the read cannot go stale before the write.
 */
public record CountedAs(String kelurahanCode, String occupationCode) {

    public static Optional<CountedAs> read(DynamoDbClient dynamo, String applicantsTable, String nik) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(applicantsTable)
                .key(Map.of("nik", Attr.s(nik))).projectionExpression("kelurahanCode, occupationCode")
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty()
                : Optional.of(new CountedAs(Attr.string(item, "kelurahanCode"), Attr.string(item, "occupationCode")));
    }

    /** The counter writes of one move from {@code from} to {@code to}, for the transaction making it. */
    public List<TransactWriteItem> move(String programmeTable, ParticipantStatus from, ParticipantStatus to) {
        return new ReportCounters.Tally()
                .add(new ReportCounters.Cell(kelurahanCode, occupationCode, from.name()), -1)
                .add(new ReportCounters.Cell(kelurahanCode, occupationCode, to.name()), 1)
                .writes(programmeTable);
    }
}
