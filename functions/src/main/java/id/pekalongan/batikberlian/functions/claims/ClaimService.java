package id.pekalongan.batikberlian.functions.claims;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import id.pekalongan.batikberlian.domain.participant.SlotRelease;
import id.pekalongan.batikberlian.domain.benefit.BenefitCalculator;
import id.pekalongan.batikberlian.domain.benefit.BenefitPolicy;
import id.pekalongan.batikberlian.domain.benefit.ClaimError;
import id.pekalongan.batikberlian.domain.benefit.ClaimOutcome;
import id.pekalongan.batikberlian.domain.benefit.RejectReason;
import id.pekalongan.batikberlian.domain.benefit.ClaimRequest;
import id.pekalongan.batikberlian.domain.benefit.ClaimType;
import id.pekalongan.batikberlian.domain.claim.ClaimId;
import id.pekalongan.batikberlian.domain.claim.ClaimRecord;
import id.pekalongan.batikberlian.domain.claim.ClaimStatus;
import id.pekalongan.batikberlian.domain.claim.ClaimTransition;
import id.pekalongan.batikberlian.domain.claim.ContributionCount;
import id.pekalongan.batikberlian.domain.claim.Coverage;
import id.pekalongan.batikberlian.domain.claim.CoverageVerdict;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.AuditLog;
import id.pekalongan.batikberlian.storage.ClaimStore;
import id.pekalongan.batikberlian.storage.ContributionHistory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Claims from submission to payment. A registered participant's claim is priced with what the programme knows of
 * them (declared income, months billed), only if they were covered on the incident date, and stored once; a
 * simulation prices what it is told and stores nothing.
 */
@Component
public class ClaimService {

    static final String SYSTEM = "sistem";
    private static final Logger log = LoggerFactory.getLogger(ClaimService.class);
    private static final int ATTEMPTS = 3;

    private final ApplicantStore applicants;
    private final ContributionHistory contributions;
    private final ClaimStore claims;
    private final ObjectProvider<SlotRelease> slotRelease;
    private final Clock clock;
    private final BenefitPolicy policy = BenefitPolicy.defaults();
    private final BenefitCalculator calculator = BenefitCalculator.standard();

    public ClaimService(ApplicantStore applicants, ContributionHistory contributions, ClaimStore claims,
                        ObjectProvider<SlotRelease> slotRelease, ObjectProvider<Clock> clock) {
        this.applicants = applicants;
        this.contributions = contributions;
        this.claims = claims;
        this.slotRelease = slotRelease;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The audit entry the claim store writes with each state change. */
    private static AuditLog.Change entry(String who, String claimId, ClaimStatus from, ClaimStatus to) {
        return new AuditLog.Change(who, "claim status", claimId, from == null ? null : from.name(), to.name());
    }

    public BenefitPolicy policy() {
        return policy;
    }

    /** Prices a what-if for anyone: the request's own income (default Rp1.000.000) and contribution months. */
    public ClaimOutcome.Computed simulate(ClaimRequest request) {
        return priced(with(request, true, request.declaredIncome(), request.contributionMonths(),
                request.continuousContributionMonths()));
    }

    /**
     * Prices and stores a registered participant's claim; a death claim ends their membership on the death date.
     *
     * @throws ClaimProblem 400 invalid, 404 NIK_NOT_REGISTERED, 409 CLAIM_ALREADY_EXISTS, 422 not covered
     */
    public ClaimRecord submit(ClaimRequest request, String who) {
        // Validate the whole form first, so every mistake is reported at once, before anything is read.
        priced(with(request, false, null, 0, 0));
        String nik = request.nik();
        ClaimType type = ClaimType.valueOf(request.type());
        LocalDate incident = request.incidentDate();
        String claimId = ClaimId.of(nik, type.name(), incident);
        claims.find(claimId).ifPresent(existing -> {
            throw alreadyExists(existing.claimId());
        });
        for (int attempt = 1; ; attempt++) {
            Applicant participant = applicants.find(nik).orElseThrow(() -> ClaimProblem.of(404,
                    "NIK_NOT_REGISTERED", "nik", "NIK " + NikMask.mask(nik) + " tidak terdaftar sebagai peserta."));
            CoverageVerdict verdict = Coverage.on(participant, incident, type.isDeath());
            if (verdict instanceof CoverageVerdict.NotCovered no) {
                throw ClaimProblem.of(no.status(), no.code(), no.field(), no.message());
            }
            boolean ends = ((CoverageVerdict.Covered) verdict).endsParticipant();
            ContributionCount months = ContributionCount.of(
                    contributions.billedMonths(nik, YearMonth.from(incident)), incident);
            ClaimRequest pricedRequest = with(request, false, participant.declaredIncome(), months.cumulative(),
                    months.continuous());
            ClaimOutcome.Computed breakdown = priced(pricedRequest);
            Instant now = clock.instant();
            ClaimRecord record = new ClaimRecord(claimId, pricedRequest, breakdown, ClaimStatus.COMPUTED,
                    List.of(new ClaimTransition(ClaimStatus.SUBMITTED, who, now),
                            new ClaimTransition(ClaimStatus.COMPUTED, SYSTEM, now)),
                    now, ends, 1);
            switch (claims.create(record, ends ? Optional.of(participant) : Optional.empty(),
                    entry(who, claimId, null, ClaimStatus.COMPUTED))) {
                case CREATED -> {
                    log.atInfo().addKeyValue("event", "claim_stored").addKeyValue("claimId", claimId)
                            .addKeyValue("nik", NikMask.mask(nik)).addKeyValue("type", type)
                            .addKeyValue("totalCash", breakdown.totalCash())
                            .addKeyValue("scholarshipTotal", breakdown.scholarshipTotal())
                            .addKeyValue("participantEnded", ends).log("claim stored");
                    if (ends) {
                        releaseSlot(participant, incident, claimId);
                    }
                    return record;
                }
                case CLAIM_EXISTS -> throw alreadyExists(claimId);
                case PARTICIPANT_CHANGED -> {
                    if (attempt >= ATTEMPTS) {
                        throw ClaimProblem.of(409, "PARTICIPANT_CHANGED", "nik", "Data peserta sedang berubah; "
                                + "ajukan klaim sekali lagi.");
                    }
                }
            }
        }
    }

    public ClaimRecord find(String claimId) {
        if (!ClaimId.looksValid(claimId)) {
            throw notFound(claimId);
        }
        return claims.find(claimId).orElseThrow(() -> notFound(claimId));
    }

    /** COMPUTED → APPROVED. */
    public ClaimRecord approve(String claimId, String who) {
        return advance(claimId, ClaimStatus.COMPUTED, ClaimStatus.APPROVED, who);
    }

    /** APPROVED → PAID. */
    public ClaimRecord pay(String claimId, String who) {
        return advance(claimId, ClaimStatus.APPROVED, ClaimStatus.PAID, who);
    }

    private ClaimRecord advance(String claimId, ClaimStatus from, ClaimStatus to, String who) {
        ClaimRecord current = find(claimId);
        if (current.status() == from
                && claims.advance(claimId, from, new ClaimTransition(to, who, clock.instant()),
                entry(who, claimId, from, to))) {
            log.atInfo().addKeyValue("event", "claim_" + to.name().toLowerCase(java.util.Locale.ROOT))
                    .addKeyValue("claimId", claimId).log("claim status changed");
            return find(claimId);
        }
        ClaimStatus now = find(claimId).status();
        throw ClaimProblem.of(409, "CLAIM_STATUS_CONFLICT", "status", "Klaim " + claimId + " berstatus " + now
                + "; menjadi " + to + " hanya dari status " + from + ".");
    }

    private ClaimOutcome.Computed priced(ClaimRequest request) {
        ClaimOutcome outcome;
        try {
            outcome = calculator.compute(request, Jakarta.today(clock));
        } catch (ArithmeticException e) {
            // The validator's bounds keep every product exact; should one still overflow, it is refused, not a 500.
            throw ClaimProblem.of(422, RejectReason.OUT_OF_RANGE.name(), null,
                    "Nilai dalam klaim terlalu besar untuk dihitung dengan tepat.");
        }
        if (outcome instanceof ClaimOutcome.Rejected rejected) {
            // A value beyond what can be priced is understood but unprocessable (422); any other mistake is 400.
            boolean outOfRange = rejected.errors().stream()
                    .anyMatch(e -> RejectReason.OUT_OF_RANGE.name().equals(e.code()));
            throw new ClaimProblem(outOfRange ? 422 : 400,
                    rejected.errors().stream().map(ClaimService::reason).toList());
        }
        return (ClaimOutcome.Computed) outcome;
    }

    private static ClaimReason reason(ClaimError e) {
        // The calculator never puts the NIK in a value; mask anyway should a field ever carry one.
        String value = "nik".equals(e.field()) ? NikMask.mask(e.value()) : e.value();
        return new ClaimReason(e.code(), e.field(), value, e.message());
    }

    private void releaseSlot(Applicant participant, LocalDate deathDate, String claimId) {
        SlotRelease release = slotRelease.getIfAvailable();
        if (release == null) {
            return;
        }
        int year = participant.programmeYear() != null ? participant.programmeYear() : deathDate.getYear();
        try {
            release.slotFreed(participant.nik(), year);
        } catch (RuntimeException e) {
            // The claim and the end of membership are stored; the slot can be freed again from the ENDED record.
            log.atError().addKeyValue("event", "slot_release_failed").addKeyValue("claimId", claimId)
                    .addKeyValue("nik", participant.maskedNik()).addKeyValue("error", e.getClass().getSimpleName())
                    .log("quota slot not released");
        }
    }

    private static ClaimProblem alreadyExists(String claimId) {
        return new ClaimProblem(409, List.of(new ClaimReason("CLAIM_ALREADY_EXISTS", "claimId", claimId,
                "Klaim dengan jenis dan tanggal kejadian yang sama sudah tercatat: " + claimId + ".")));
    }

    private static ClaimProblem notFound(String claimId) {
        return ClaimProblem.of(404, "CLAIM_NOT_FOUND", "id", "Klaim tidak ditemukan: " + claimId + ".");
    }

    private static ClaimRequest with(ClaimRequest r, boolean simulate, Long declaredIncome, Integer months,
                                     Integer continuousMonths) {
        return new ClaimRequest(r.nik(), r.type(), r.incidentDate(), r.children(), r.disability(), r.daysOff(),
                r.transport(), r.heirs(), simulate, declaredIncome, months, continuousMonths, r.medicalCost(),
                r.homeCare());
    }
}
