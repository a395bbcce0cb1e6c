package id.pekalongan.batikberlian.functions.eligibility;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import id.pekalongan.batikberlian.domain.eligibility.Candidate;
import id.pekalongan.batikberlian.domain.eligibility.EligibilityDecision;
import id.pekalongan.batikberlian.domain.eligibility.EvaluationContext;
import id.pekalongan.batikberlian.domain.eligibility.RuleResult;
import id.pekalongan.batikberlian.domain.eligibility.RuleSet;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.RuleOutcome;
import id.pekalongan.batikberlian.domain.participant.StoredDecision;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.AuditLog;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import id.pekalongan.batikberlian.storage.QuotaStore;
import id.pekalongan.batikberlian.storage.Retention;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judges a PENDING applicant against the rule set and, when eligible, admits them within the programme year's quota
 * or puts them on the waitlist in arrival order. Every step is a conditional write on the applicant's status, so a
 * repeated stream record, a re-run, or two deciders at once all end in the same single outcome.
 */
@Component
public class EligibilityService {

    private static final Logger log = LoggerFactory.getLogger(EligibilityService.class);
    private static final String SYSTEM = "sistem";
    private static final KelurahanDirectory DIRECTORY = KelurahanDirectory.loadDefault();

    private final ApplicantStore applicants;
    private final QuotaStore quotas;
    private final ProgrammeConfigStore config;
    private final RuleSet rules = RuleSet.standard();
    private Clock clock = Jakarta.clock();

    public EligibilityService(ApplicantStore applicants, QuotaStore quotas, ProgrammeConfigStore config) {
        this.applicants = applicants;
        this.quotas = quotas;
        this.config = config;
    }

    /** The audit entry written in the same transaction as the decision it records. */
    private static AuditLog.Change entry(String nik, ParticipantStatus from, String outcome) {
        return new AuditLog.Change(SYSTEM, "eligibility decision", NikMask.mask(nik), from.name(), outcome);
    }

    /** The settings as staff have them now, to judge one stream batch by. */
    public BatchSettings settings() {
        return new BatchSettings(config);
    }

    /** For tests that judge on a given day. */
    EligibilityService withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** @return the status the applicant ended in, or empty when there was nothing (left) to decide */
    public Optional<ParticipantStatus> decide(String nik) {
        return decide(nik, settings());
    }

    /** As {@link #decide(String)}, with the settings read once for a whole stream batch rather than per applicant. */
    public Optional<ParticipantStatus> decide(String nik, BatchSettings settings) {
        if (nik == null) {
            throw new IllegalArgumentException("the stream record has no nik key");
        }
        Optional<Applicant> found = applicants.find(nik);
        if (found.isEmpty() || found.get().status() != ParticipantStatus.PENDING) {
            return Optional.empty();
        }
        Applicant a = found.get();
        LocalDate today = LocalDate.now(clock);
        EligibilityDecision decision = rules.evaluate(candidate(a),
                new EvaluationContext(today, DIRECTORY, settings.occupations(), n -> false));
        StoredDecision stored = stored(decision, today);
        if (!decision.eligible()) {
            String codes = String.join(" ", decision.failures().stream().map(RuleResult::code).toList());
            boolean done = applicants.markIneligible(nik, stored,
                    entry(nik, ParticipantStatus.PENDING, "INELIGIBLE " + codes));
            log.atInfo().addKeyValue("event", "eligibility_decided").addKeyValue("nik", a.maskedNik())
                    .addKeyValue("status", "INELIGIBLE").addKeyValue("codes", codes).log("eligibility decided");
            return done ? Optional.of(ParticipantStatus.INELIGIBLE) : Optional.empty();
        }
        int year = today.getYear();
        LocalDate coverageStart = today.withDayOfMonth(1).plusMonths(1);
        QuotaStore.Admission admission = quotas.admit(nik, ParticipantStatus.PENDING, year, settings.quotaFor(year),
                stored, today, coverageStart, null, entry(nik, ParticipantStatus.PENDING, "ACTIVE " + year));
        ParticipantStatus result = switch (admission) {
            case ADMITTED -> ParticipantStatus.ACTIVE;
            case QUOTA_FULL -> quotas.waitlist(nik, year, stored, a.arrivalKey(),
                    entry(nik, ParticipantStatus.PENDING, "WAITLISTED " + year)) ? ParticipantStatus.WAITLISTED : null;
            case NOT_IN_EXPECTED_STATUS -> null;
        };
        log.atInfo().addKeyValue("event", "eligibility_decided").addKeyValue("nik", a.maskedNik())
                .addKeyValue("status", result).addKeyValue("year", year).log("eligibility decided");
        return Optional.ofNullable(result);
    }

    /**
     * A participant's slot is free again (death, age-out, withdrawal): give it back once and let the waitlist move
     * up, head first, while slots are free.
     *
     * @return how many waiting applicants were admitted
     */
    public int slotFreed(String nik, int programmeYear) {
        quotas.release(nik, programmeYear);
        return promote(programmeYear);
    }

    /** Admits waiting applicants in arrival order while the year's quota has room. */
    public int promote(int year) {
        int admitted = 0;
        long quota = config.quotaFor(year);
        LocalDate today = LocalDate.now(clock);
        while (true) {
            Optional<String[]> head = quotas.firstWaiting(year);
            if (head.isEmpty()) {
                return admitted;
            }
            String sk = head.get()[0];
            String nik = head.get()[1];
            QuotaStore.Admission r = quotas.admit(nik, ParticipantStatus.WAITLISTED, year, quota, null, today,
                    today.withDayOfMonth(1).plusMonths(1), sk, entry(nik, ParticipantStatus.WAITLISTED,
                            "ACTIVE " + year));
            switch (r) {
                case ADMITTED -> admitted++;
                case QUOTA_FULL -> {
                    return admitted;
                }
                case NOT_IN_EXPECTED_STATUS -> quotas.dropWaiting(year, sk);
            }
        }
    }

    /**
     * Sends refused applicants of one kelurahan (or all, when null) back to be judged again, after the rules or the
     * reference data changed.
     *
     * @return how many were reopened
     */
    public int reevaluate(String kelurahanCode) {
        var refused = kelurahanCode == null ? applicants.byStatus(ParticipantStatus.INELIGIBLE)
                : applicants.byKelurahan(kelurahanCode, ParticipantStatus.INELIGIBLE);
        // Redacted refusals keep no personal data to judge again.
        return (int) refused.filter(a -> !Retention.isRedacted(a.nik())).filter(a -> applicants.reopen(a.nik()))
                .count();
    }

    static Candidate candidate(Applicant a) {
        return new Candidate(a.nik(), a.name(), a.birthDate(), a.sex(), a.occupation(), a.kelurahanCode(),
                a.kecamatanCode(), a.priority());
    }

    static StoredDecision stored(EligibilityDecision d, LocalDate on) {
        List<RuleOutcome> results = d.results().stream().map(r -> new RuleOutcome(r.ruleId(), outcome(r), r.code(),
                r.field(), r.value(), r.expected(), r.message())).toList();
        return new StoredDecision(d.ruleSetVersion(), on, d.eligible(), results);
    }

    private static String outcome(RuleResult r) {
        if (r instanceof RuleResult.Fail) {
            return "FAIL";
        }
        return r instanceof RuleResult.Warn ? "WARN" : "PASS";
    }
}
