package id.pekalongan.batikberlian.functions.premium;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    static BillingRunSummary fromInvoice(Map<String, ?> invoice, String status, String message,
                                         Map<String, Long> notBilled, long pagesDone, long written, long there,
                                         long writeRequests) {
        return new BillingRunSummary(text(invoice, "period"), status, message,
                number(invoice, "participants"), number(invoice, "amount"),
                number(invoice, "linesAmount"), number(invoice, "adjustments"),
                number(invoice, "adjustmentsAmount"), strings(invoice, "rateVersions"),
                text(invoice, "rosterHash"), text(invoice, "budgetFlag"),
                number(invoice, "budgetAllocated"), number(invoice, "budgetRemaining"),
                number(invoice, "budgetShortfall"), number(invoice, "runwayFullyFundedMonths"),
                text(invoice, "runwayLastFullyFunded"), text(invoice, "runwayRunsOutIn"),
                number(invoice, "endedAgeOut"), number(invoice, "lapsed"),
                strings(invoice, "ageOutNextMonth"), new TreeMap<>(notBilled), text(invoice, "csvKey"),
                text(invoice, "xlsxKey"), pagesDone, written, there, writeRequests);
    }

    private static String text(Map<String, ?> invoice, String name) {
        return invoice.get(name) instanceof String s ? s : null;
    }

    private static long number(Map<String, ?> invoice, String name) {
        return invoice.get(name) instanceof Number n ? n.longValue() : 0;
    }

    private static List<String> strings(Map<String, ?> invoice, String name) {
        return invoice.get(name) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
