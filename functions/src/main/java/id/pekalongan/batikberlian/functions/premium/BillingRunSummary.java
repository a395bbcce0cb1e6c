package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.storage.Attr;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a billing run reports. The invoice figures come from the stored INVOICE item (recomputed from the bill lines),
 * the attempt figures ({@code linesWritten}, {@code writeRequests}, {@code notBilled}) from this attempt only. NIKs
 * appear masked.
 *
 * @param status COMPLETE (this attempt closed the period), ALREADY_COMPLETE (closed before; nothing written),
 *               IN_PROGRESS (stopped at a checkpoint before the deadline; run again to resume), BUSY (another
 *               delivery of the schedule holds the period's lease)
 */
public record BillingRunSummary(
        String period,
        String status,
        String message,
        long participants,
        long amount,
        long linesAmount,
        long adjustments,
        long adjustmentsAmount,
        List<String> rateVersions,
        String rosterHash,
        String budgetFlag,
        long budgetAllocated,
        long budgetRemaining,
        long budgetShortfall,
        long runwayFullyFundedMonths,
        String runwayLastFullyFunded,
        String runwayRunsOutIn,
        long endedAgeOut,
        long lapsed,
        List<String> ageOutNextMonth,
        Map<String, Long> notBilled,
        String csvKey,
        String xlsxKey,
        long pagesDone,
        long linesWritten,
        long linesAlreadyThere,
        long writeRequests) {

    public static final String COMPLETE = "COMPLETE";
    public static final String ALREADY_COMPLETE = "ALREADY_COMPLETE";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String BUSY = "BUSY";

    /** A period without a finished invoice yet. */
    static BillingRunSummary unfinished(String period, String status, String message, long pagesDone,
                                        Map<String, Long> notBilled, long written, long there, long writeRequests) {
        return new BillingRunSummary(period, status, message, 0, 0, 0, 0, 0, List.of(), null, null, 0, 0, 0, 0, null,
                null, 0, 0, List.of(), new TreeMap<>(notBilled), null, null, pagesDone, written, there,
                writeRequests);
    }

    static BillingRunSummary fromInvoice(Map<String, AttributeValue> invoice, String status, String message,
                                         Map<String, Long> notBilled, long pagesDone, long written, long there,
                                         long writeRequests) {
        return new BillingRunSummary(Attr.string(invoice, "period"), status, message,
                Attr.number(invoice, "participants", 0), Attr.number(invoice, "amount", 0),
                Attr.number(invoice, "linesAmount", 0), Attr.number(invoice, "adjustments", 0),
                Attr.number(invoice, "adjustmentsAmount", 0), strings(invoice, "rateVersions"),
                Attr.string(invoice, "rosterHash"), Attr.string(invoice, "budgetFlag"),
                Attr.number(invoice, "budgetAllocated", 0), Attr.number(invoice, "budgetRemaining", 0),
                Attr.number(invoice, "budgetShortfall", 0), Attr.number(invoice, "runwayFullyFundedMonths", 0),
                Attr.string(invoice, "runwayLastFullyFunded"), Attr.string(invoice, "runwayRunsOutIn"),
                Attr.number(invoice, "endedAgeOut", 0), Attr.number(invoice, "lapsed", 0),
                strings(invoice, "ageOutNextMonth"), new TreeMap<>(notBilled), Attr.string(invoice, "csvKey"),
                Attr.string(invoice, "xlsxKey"), pagesDone, written, there, writeRequests);
    }

    private static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasL() ? List.of() : v.l().stream().map(AttributeValue::s).toList();
    }
}
