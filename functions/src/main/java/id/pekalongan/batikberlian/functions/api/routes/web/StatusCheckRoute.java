package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The public status check: NIK and birth date in, the status and the coverage period out, nothing else personal. A
 * wrong birth date gets the very answer an unknown NIK gets, so the check cannot be used to learn who is registered.
 */
@Component
public class StatusCheckRoute implements Route {

    /** Checks per source address per minute unless {@code STATUS_CHECKS_PER_MINUTE} says otherwise. */
    static final int DEFAULT_PER_MINUTE = 10;

    private final ApplicantStore applicants;
    private final RateLimiter limiter;

    public StatusCheckRoute(ApplicantStore applicants, Environment env) {
        this.applicants = applicants;
        this.limiter = new RateLimiter(perMinute(env), System::nanoTime);
    }

    /** Refuses a setting that would silently lock everyone out or let everyone through. */
    static int perMinute(Environment env) {
        String raw = env.getProperty("STATUS_CHECKS_PER_MINUTE");
        if (raw == null || raw.isBlank()) {
            return DEFAULT_PER_MINUTE;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the value
        }
        throw new IllegalArgumentException("STATUS_CHECKS_PER_MINUTE must be a whole number of at least 1, not '"
                + raw + "'");
    }

    /** All the public learns: no name, no NIK, no kelurahan. */
    record Status(String status, String statusLabel, LocalDate coverageStart, LocalDate coverageEnd) {
    }

    @Override
    public String routeKey() {
        return "POST /status";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        long wait = limiter.acquire(request.sourceIp());
        if (wait > 0) {
            return ApiResponse.json(429, new ApiError(429, "RATE_LIMITED", null,
                    "terlalu banyak permintaan; coba lagi dalam " + wait + " detik").body())
                    .withHeader("retry-after", Long.toString(wait));
        }
        ObjectNode body = JsonBodies.object(request);
        String nik = NikInput.require(JsonBodies.text(body, "nik"), "nik");
        LocalDate birthDate = birthDate(JsonBodies.text(body, "birthDate"));

        Optional<Applicant> found = applicants.find(nik).filter(a -> birthDate.equals(a.birthDate()));
        if (found.isEmpty()) {
            throw new ApiError(404, "NOT_FOUND", null,
                    "data tidak ditemukan; periksa kembali NIK dan tanggal lahir, atau hubungi kelurahan Anda");
        }
        Applicant a = found.get();
        return ApiResponse.json(200, new Status(a.status().name(), StatusLabels.label(a.status()),
                a.coverageStart(), a.endedOn()));
    }

    private static LocalDate birthDate(String text) {
        if (text == null) {
            throw new ApiError(400, "BIRTH_DATE_REQUIRED", "birthDate", "tanggal lahir wajib diisi");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "BIRTH_DATE_INVALID", "birthDate",
                    "tanggal lahir harus berformat TTTT-BB-HH, misalnya 1985-07-21");
        }
    }
}
