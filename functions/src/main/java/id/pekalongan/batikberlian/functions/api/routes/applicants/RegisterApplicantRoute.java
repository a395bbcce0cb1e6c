package id.pekalongan.batikberlian.functions.api.routes.applicants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.ingest.RowChecker;
import id.pekalongan.batikberlian.domain.ingest.RowVerdict;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.time.Jakarta;
import id.pekalongan.batikberlian.domain.upload.Field;
import id.pekalongan.batikberlian.domain.upload.RawRow;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.functions.api.routes.web.JsonBodies;
import id.pekalongan.batikberlian.functions.ingest.ApplicantFactory;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code POST /applicants}: one worker registered from the web form, judged by exactly the checks a kelurahan file's
 * row gets, and stored {@code PENDING} for the eligibility rules like any uploaded row. Every problem is answered at
 * once, each naming the form field it belongs to.
 */
@Component
public class RegisterApplicantRoute implements Route {

    static final String FORM_UPLOAD_ID = "FORM";
    private static final KelurahanDirectory DIRECTORY = KelurahanDirectory.loadDefault();
    /** The form's field names, in the order the form shows them, and the upload column each stands for. */
    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("nik", Field.NIK);
        FIELDS.put("name", Field.NAME);
        FIELDS.put("birthDate", Field.BIRTH_DATE);
        FIELDS.put("sex", Field.SEX);
        FIELDS.put("occupation", Field.OCCUPATION);
        FIELDS.put("kelurahan", Field.KELURAHAN);
        FIELDS.put("kecamatan", Field.KECAMATAN);
        FIELDS.put("rt", Field.RT);
        FIELDS.put("rw", Field.RW);
        FIELDS.put("address", Field.ADDRESS);
        FIELDS.put("phone", Field.PHONE);
        FIELDS.put("desil", Field.DESIL);
        FIELDS.put("disability", Field.DISABILITY);
        FIELDS.put("breadwinner", Field.BREADWINNER);
    }

    private final ApplicantStore applicants;
    private final ProgrammeConfigStore config;
    private final Clock clock = Jakarta.clock();

    public RegisterApplicantRoute(ApplicantStore applicants, ProgrammeConfigStore config) {
        this.applicants = applicants;
        this.config = config;
    }

    @Override
    public String routeKey() {
        return "POST /applicants";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller caller = Caller.of(request).require(Caller.STAFF, Caller.KELURAHAN);
        ObjectNode body = JsonBodies.object(request);
        RawRow row = row(body);
        OccupationList occupations = config.occupations();
        RowChecker checker = new RowChecker(DIRECTORY, occupations, LocalDate.now(clock), null);
        List<RowVerdict.Rejected> problems = checker.problems(row);
        if (!problems.isEmpty()) {
            return ApiResponse.json(422, problemsBody(problems));
        }
        RowVerdict.Accepted accepted = (RowVerdict.Accepted) checker.check(row);
        caller.requireKelurahan(accepted.kelurahan().code());
        Instant now = clock.instant();
        Applicant applicant = ApplicantFactory.fromRow(accepted, FORM_UPLOAD_ID, now, occupations);
        Set<String> taken = applicants.insertNew(List.of(applicant));
        if (!taken.isEmpty()) {
            throw new ApiError(409, "NIK_ALREADY_REGISTERED", "nik", "NIK " + applicant.maskedNik()
                    + " sudah terdaftar; data lama tidak ditimpa. Cek statusnya atau hubungi Dinperinaker");
        }
        return ApiResponse.json(201, new Registered(applicant.maskedNik(), applicant.status().name(),
                applicant.kelurahanCode(), "pendaftaran diterima; kelayakan dinilai dalam beberapa detik"));
    }

    private static RawRow row(ObjectNode body) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        FIELDS.forEach((json, field) -> {
            JsonNode v = body.get(json);
            if (v == null || v.isNull()) {
                return;
            }
            if (field == Field.NIK && !v.isTextual()) {
                // A NIK as a JSON number has already lost leading zeros or digits past 2^53 on the way.
                throw new ApiError(422, "FIELD_NOT_TEXT", json, "NIK harus dikirim sebagai teks (dalam tanda kutip)");
            }
            String text = v.isBoolean() ? (v.asBoolean() ? "Ya" : "Tidak") : v.asText().trim();
            if (!text.isEmpty()) {
                values.put(field, text);
            }
        });
        return new RawRow(0, values, Map.of(), Set.of(), List.of());
    }

    /** The answer to a registration taken: the NIK masked, as everything this API sends back. */
    record Registered(String nik, String status, String kelurahanCode, String message) {
    }

    /** One problem per form field, so the form can show each beside its field. */
    record Problem(String code, String field, String message) {
    }

    /** The first problem at the top (for a client that shows one), then all of them. */
    record Problems(String code, String field, String message, List<Problem> problems) {
    }

    private static Problems problemsBody(List<RowVerdict.Rejected> problems) {
        List<Problem> list = new ArrayList<>();
        for (RowVerdict.Rejected p : problems) {
            // "nik,name": one missing-fields finding becomes one message per field, shown where each belongs.
            for (String column : (p.field() == null ? "" : p.field()).split(",")) {
                list.add(new Problem(p.code(), formField(column.isEmpty() ? null : column), p.message()));
            }
        }
        RowVerdict.Rejected first = problems.get(0);
        return new Problems(first.code(), formField(first.field() == null ? null : first.field().split(",")[0]),
                first.message(), list);
    }

    /** The form field a problem belongs to, whichever words the check used for the column. */
    static String formField(String column) {
        if (column == null) {
            return null;
        }
        String c = column.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        for (Map.Entry<String, Field> e : FIELDS.entrySet()) {
            String label = e.getValue().label().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
            if (c.equals(e.getKey().toLowerCase(java.util.Locale.ROOT)) || c.equals(label)
                    || c.equals(e.getValue().name().toLowerCase(java.util.Locale.ROOT).replace("_", ""))) {
                return e.getKey();
            }
        }
        if (c.contains("lahir") || c.contains("birth")) {
            return "birthDate";
        }
        if (c.contains("kelamin") || c.contains("sex")) {
            return "sex";
        }
        return c.contains("nik") ? "nik" : column;
    }
}
