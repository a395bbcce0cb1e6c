package id.pekalongan.batikberlian.domain.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds claim requests for the test tables. */
final class Claims {

    static final LocalDate INCIDENT = LocalDate.of(2024, 6, 15);
    static final LocalDate EVALUATION = LocalDate.of(2025, 1, 10);
    static final String NIK = "3375015505900001";

    private String nik = NIK;
    private String type;
    private LocalDate incidentDate = INCIDENT;
    private final List<ChildInput> children = new ArrayList<>();
    private final List<DisabilityItemInput> disability = new ArrayList<>();
    private Integer daysOff;
    private final List<TransportLeg> transport = new ArrayList<>();
    private final List<HeirInput> heirs = new ArrayList<>();
    private Boolean simulate;
    private Long declaredIncome;
    private Integer contributionMonths;
    private Integer continuousMonths;
    private Long medicalCost;
    private HomeCareInput homeCare;

    private Claims(String type) {
        this.type = type;
    }

    static Claims claim(String type) {
        return new Claims(type);
    }

    static Claims claim(ClaimType type) {
        return new Claims(type.name());
    }

    Claims nik(String value) {
        nik = value;
        return this;
    }

    Claims incident(LocalDate value) {
        incidentDate = value;
        return this;
    }

    Claims wage(long value) {
        declaredIncome = value;
        return this;
    }

    Claims months(int value) {
        contributionMonths = value;
        return this;
    }

    Claims continuousMonths(int value) {
        continuousMonths = value;
        return this;
    }

    Claims simulate() {
        simulate = true;
        return this;
    }

    /** A child in school (grade may be null = first year of the level). */
    Claims child(String birthDate, String level, Integer grade) {
        children.add(new ChildInput(LocalDate.parse(birthDate), level, grade, null, null));
        return this;
    }

    Claims child(ChildInput child) {
        children.add(child);
        return this;
    }

    /** A child not yet in school. */
    Claims preschooler(String birthDate) {
        children.add(new ChildInput(LocalDate.parse(birthDate), null, null, false, false));
        return this;
    }

    Claims anatomical(String code) {
        disability.add(new DisabilityItemInput(code, null));
        return this;
    }

    Claims functional(String code, String lossPercent) {
        disability.add(new DisabilityItemInput(code, new BigDecimal(lossPercent)));
        return this;
    }

    Claims daysOff(int days) {
        daysOff = days;
        return this;
    }

    Claims transport(String mode, long amount) {
        transport.add(new TransportLeg(mode, amount));
        return this;
    }

    Claims homeCare(int days, long cost) {
        homeCare = new HomeCareInput(days, cost);
        return this;
    }

    Claims medical(long cost) {
        medicalCost = cost;
        return this;
    }

    Claims heir(String relation) {
        heirs.add(new HeirInput("Ahli waris " + (heirs.size() + 1), relation));
        return this;
    }

    ClaimRequest build() {
        return new ClaimRequest(nik, type, incidentDate, children,
                disability.isEmpty() ? null : new DisabilityInput(disability), daysOff,
                transport.isEmpty() ? null : new TransportInput(transport), heirs, simulate, declaredIncome,
                contributionMonths, continuousMonths, medicalCost, homeCare);
    }

    @Override
    public String toString() {
        return type;
    }
}
