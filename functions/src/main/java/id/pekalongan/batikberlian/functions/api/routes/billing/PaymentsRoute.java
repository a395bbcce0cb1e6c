package id.pekalongan.batikberlian.functions.api.routes.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.time.Jakarta;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.billing.PaymentStore;
import id.pekalongan.batikberlian.storage.billing.RecordedPayment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code POST /payments} for finance: {@code {nik, paidOn, amount, periods:[YYYY-MM…], paymentId?}}. Idempotent on the
 * payment id — the client's (e.g. the bank reference) or, when absent, one derived from the content — so a repeated
 * request answers 200 with {@code duplicate=true} and writes nothing; the same id with other content is a 409.
 */
@Component
public class PaymentsRoute implements Route {

    private static final Pattern PAYMENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Paying ahead is allowed, but not further than a year. */
    private static final int MONTHS_AHEAD = 12;

    private final PaymentStore payments;
    private final ApplicantStore applicants;
    private final Clock clock = Jakarta.clock();

    public PaymentsRoute(PaymentStore payments, ApplicantStore applicants) {
        this.payments = payments;
        this.applicants = applicants;
    }

    @Override
    public String routeKey() {
        return "POST /payments";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller caller = Caller.of(request).require(Caller.FINANCE);
        RecordedPayment payment = parse(request.body(), caller.username());
        if (applicants.find(payment.nik()).isEmpty()) {
            throw new ApiError(404, "PARTICIPANT_NOT_FOUND", "nik",
                    "peserta " + NikMask.mask(payment.nik()) + " tidak ditemukan");
        }
        PaymentStore.Outcome outcome = payments.record(payment, clock.instant().toString());
        if (outcome == PaymentStore.Outcome.CONFLICT) {
            throw new ApiError(409, "PAYMENT_ID_CONFLICT", "paymentId",
                    "nomor pembayaran ini sudah dipakai untuk pembayaran lain");
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("paymentId", payment.paymentId());
        body.put("nik", NikMask.mask(payment.nik()));
        body.put("paidOn", payment.paidOn().toString());
        body.put("amount", payment.amount());
        payment.periods().forEach(p -> body.withArray("periods").add(p.toString()));
        body.put("duplicate", outcome == PaymentStore.Outcome.DUPLICATE);
        return ApiResponse.json(outcome == PaymentStore.Outcome.RECORDED ? 201 : 200, body.toString());
    }

    RecordedPayment parse(String text, String who) {
        JsonNode body;
        try {
            body = text == null ? null : Json.MAPPER.readTree(text);
        } catch (Exception e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw new ApiError(400, "INVALID_JSON", null, "isi permintaan harus berupa objek JSON");
        }
        if (body.has("nik") && !body.get("nik").isTextual()) {
            throw new ApiError(422, "FIELD_NOT_TEXT", "nik", "NIK harus dikirim sebagai teks (dalam tanda kutip)");
        }
        String nik = body.path("nik").asText("").replaceAll("[\\s.-]", "");
        if (!Nik.isSixteenDigits(nik)) {
            throw new ApiError(400, "NIK_INVALID", "nik", "NIK harus 16 angka");
        }
        LocalDate paidOn;
        try {
            paidOn = LocalDate.parse(body.path("paidOn").asText(""));
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "PAID_ON_INVALID", "paidOn", "tanggal bayar harus berbentuk TTTT-BB-HH");
        }
        LocalDate today = LocalDate.now(clock);
        if (paidOn.isAfter(today)) {
            throw new ApiError(400, "PAID_ON_IN_FUTURE", "paidOn", "tanggal bayar tidak boleh setelah hari ini");
        }
        JsonNode amountNode = body.path("amount");
        if (!amountNode.isIntegralNumber() || !amountNode.canConvertToLong() || amountNode.asLong() <= 0) {
            throw new ApiError(400, "AMOUNT_INVALID", "amount", "jumlah harus bilangan bulat rupiah lebih dari 0");
        }
        JsonNode list = body.path("periods");
        if (!list.isArray() || list.isEmpty()) {
            throw new ApiError(400, "PERIODS_REQUIRED", "periods", "sebutkan bulan yang dibayar (TTTT-BB)");
        }
        TreeSet<BillingPeriod> periods = new TreeSet<>();
        BillingPeriod latest = BillingPeriod.containing(today).plusMonths(MONTHS_AHEAD);
        for (int i = 0; i < list.size(); i++) {
            String field = "periods[" + i + "]";
            BillingPeriod p = BillingPeriod.tryParse(list.get(i).asText(null)).orElseThrow(() ->
                    new ApiError(400, "PERIOD_INVALID", field, "bulan harus berbentuk TTTT-BB"));
            if (p.isAfter(latest)) {
                throw new ApiError(400, "PERIOD_TOO_FAR_AHEAD", field,
                        "pembayaran di muka paling jauh " + MONTHS_AHEAD + " bulan");
            }
            periods.add(p);
        }
        if (periods.size() > PaymentStore.MAX_PERIODS) {
            throw new ApiError(400, "TOO_MANY_PERIODS", "periods",
                    "satu pembayaran paling banyak untuk " + PaymentStore.MAX_PERIODS + " bulan");
        }
        String id = body.path("paymentId").asText("");
        if (id.isEmpty()) {
            id = derivedId(nik, paidOn, amountNode.asLong(), new ArrayList<>(periods));
        } else if (!PAYMENT_ID.matcher(id).matches()) {
            throw new ApiError(400, "PAYMENT_ID_INVALID", "paymentId",
                    "nomor pembayaran: 1–64 huruf, angka, titik, garis bawah atau tanda hubung");
        }
        return new RecordedPayment(id, nik, paidOn, amountNode.asLong(), new ArrayList<>(periods), who);
    }

    /** The same payment sent twice without an id gets the same id, so it is recorded once. */
    static String derivedId(String nik, LocalDate paidOn, long amount, List<BillingPeriod> periods) {
        String text = nik + "|" + paidOn + "|" + amount + "|" + periods;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "D-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
