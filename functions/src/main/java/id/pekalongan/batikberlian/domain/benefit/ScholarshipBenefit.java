package id.pekalongan.batikberlian.domain.benefit;

import id.pekalongan.batikberlian.domain.time.Age;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scholarship for the children of a participant who died or became totally disabled: for each child the most they can
 * receive from their current school year to the last university year, for at most the table's number of children.
 * A child not yet in school is deferred, not dropped: they are counted from the first TK year.
 */
final class ScholarshipBenefit {

    private ScholarshipBenefit() {
    }

    /** A child who may receive the scholarship, with what they can still receive. */
    private record Candidate(int number, ChildInput child, int age, int position, boolean deferred, long amount,
                             Map<SchoolLevel, Integer> yearsLeft) {
    }

    static void apply(PricedClaim c, Findings f) {
        List<ChildInput> children = c.request().children();
        if (children.isEmpty()) {
            return;
        }
        BenefitTable t = c.table();
        if (c.type().scholarshipNeedsContributionMonths()) {
            int months = contributionMonths(c);
            if (months < t.scholarshipMinMonthsJkm()) {
                f.refuse(NotPayableCode.SCHOLARSHIP_CONTRIBUTION_MONTHS_SHORT, "Beasiswa pada klaim JKM memerlukan "
                        + "paling sedikit " + t.scholarshipMinMonthsJkm() + " bulan iuran; peserta baru membayar "
                        + months + " bulan (" + c.basis() + ").");
                return;
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Candidate candidate = assess(c, i, f);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        candidates.sort(order(c.policy().childSelection()));
        int max = t.scholarshipMaxChildren();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate cand = candidates.get(k);
            if (k >= max) {
                f.refuse(NotPayableCode.SCHOLARSHIP_CHILD_LIMIT, "Anak ke-" + cand.number() + " tidak menerima "
                        + "beasiswa: paling banyak " + max + " anak, dipilih " + selectionText(c.policy()) + " ("
                        + c.basis() + ").");
            }
        }
        candidates.subList(0, Math.min(max, candidates.size())).stream()
                .sorted(Comparator.comparingInt(Candidate::number))
                .forEach(cand -> pay(c, cand, f));
    }

    private static int contributionMonths(PricedClaim c) {
        Integer months = c.policy().contributionCounting() == BenefitPolicy.ContributionCounting.CONTINUOUS
                ? c.request().continuousContributionMonths() : c.request().contributionMonths();
        return months == null ? 0 : months;
    }

    private static Candidate assess(PricedClaim c, int index, Findings f) {
        ChildInput child = c.request().children().get(index);
        int number = index + 1;
        BenefitTable t = c.table();
        LocalDate incident = c.incidentDate();
        // A child born after the incident (conceived before it) is the participant's child all the same.
        int age = Age.yearsOn(child.birthDate(), incident);
        boolean eligible = true;
        if (!c.policy().childAgeLimit().allows(age, t.scholarshipAgeLimit())) {
            String limit = c.policy().childAgeLimit() == BenefitPolicy.ChildAgeLimit.UNDER
                    ? "di bawah " + t.scholarshipAgeLimit() + " tahun"
                    : "paling tinggi " + t.scholarshipAgeLimit() + " tahun";
            f.refuse(NotPayableCode.SCHOLARSHIP_CHILD_TOO_OLD, "Anak ke-" + number + " berusia " + age
                    + " tahun pada tanggal kejadian; beasiswa hanya untuk anak " + limit + " (" + c.basis() + ").");
            eligible = false;
        }
        if (child.marriedOrNo()) {
            f.refuse(NotPayableCode.SCHOLARSHIP_CHILD_MARRIED, "Anak ke-" + number + " sudah menikah; beasiswa "
                    + "hanya untuk anak yang belum menikah (" + c.basis() + ").");
            eligible = false;
        }
        if (child.workingOrNo()) {
            f.refuse(NotPayableCode.SCHOLARSHIP_CHILD_WORKING, "Anak ke-" + number + " sudah bekerja; beasiswa "
                    + "hanya untuk anak yang belum bekerja (" + c.basis() + ").");
            eligible = false;
        }
        if (!eligible) {
            return null;
        }
        int position;
        boolean deferred = false;
        if (child.level() != null) {
            SchoolLevel level = SchoolLevel.parse(child.level());
            position = firstPosition(t, level) + (child.grade() == null ? 0 : child.grade() - 1);
        } else if (age < c.policy().sdStartAge()) {
            position = 1;
            deferred = true;
        } else {
            f.reject(ClaimError.of(RejectReason.MISSING_FIELD, "children[" + index + "].level", null,
                    "Anak ke-" + number + " berusia " + age + " tahun (usia sekolah); jenjang sekolah wajib diisi."));
            return null;
        }
        Map<SchoolLevel, Integer> yearsLeft = new LinkedHashMap<>();
        long amount = 0;
        int start = 1;
        for (SchoolLevel level : SchoolLevel.values()) {
            ScholarshipRate rate = t.scholarship(level);
            int end = start + rate.years() - 1;
            int left = Math.max(0, end - Math.max(start, position) + 1);
            if (left > 0) {
                yearsLeft.put(level, left);
                amount += rate.perYear() * left;
            }
            start = end + 1;
        }
        return new Candidate(number, child, age, position, deferred, amount, yearsLeft);
    }

    /** 1-based position of a level's first year on the whole TK-to-university ladder. */
    private static int firstPosition(BenefitTable t, SchoolLevel target) {
        int position = 1;
        for (SchoolLevel level : SchoolLevel.values()) {
            if (level == target) {
                return position;
            }
            position += t.scholarship(level).years();
        }
        throw new IllegalArgumentException(String.valueOf(target));
    }

    private static Comparator<Candidate> order(BenefitPolicy.ChildSelection selection) {
        Comparator<Candidate> byInput = Comparator.comparingInt(Candidate::number);
        Comparator<Candidate> youngestFirst = Comparator.comparing((Candidate cand) -> cand.child().birthDate())
                .reversed();
        return switch (selection) {
            case LARGEST_ENTITLEMENT -> Comparator.comparingLong(Candidate::amount).reversed()
                    .thenComparing(youngestFirst).thenComparing(byInput);
            case YOUNGEST -> youngestFirst.thenComparing(byInput);
            case INPUT_ORDER -> byInput;
        };
    }

    private static String selectionText(BenefitPolicy policy) {
        return switch (policy.childSelection()) {
            case LARGEST_ENTITLEMENT -> "anak dengan sisa hak beasiswa terbesar (bila sama, yang lebih muda)";
            case YOUNGEST -> "anak yang paling muda";
            case INPUT_ORDER -> "menurut urutan anak dalam pengajuan";
        };
    }

    private static void pay(PricedClaim c, Candidate cand, Findings f) {
        BenefitTable t = c.table();
        StringBuilder detail = new StringBuilder();
        cand.yearsLeft().forEach((level, years) -> {
            if (detail.length() > 0) {
                detail.append(" + ");
            }
            detail.append(level).append(' ').append(years).append(" x ")
                    .append(Rupiah.format(t.scholarship(level).perYear()));
        });
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("childNumber", cand.number());
        in.put("age", cand.age());
        in.put("schoolLevel", cand.deferred() ? "BELUM_SEKOLAH" : cand.child().level());
        if (!cand.deferred()) {
            in.put("grade", cand.child().grade() == null ? 1 : cand.child().grade());
        }
        in.put("yearsLeft", cand.yearsLeft().values().stream().mapToInt(Integer::intValue).sum());
        in.put("detail", detail.toString());
        if (cand.deferred()) {
            in.put("tkStartAge", cand.child().birthDate().plusYears(c.policy().tkStartAge()).toString());
            in.put("sdStartAge", cand.child().birthDate().plusYears(c.policy().sdStartAge()).toString());
        }
        String rule = "Beasiswa anak ke-" + cand.number() + ", paling banyak " + t.scholarshipMaxChildren()
                + " anak, dibayar per tahun ajaran sesuai jenjang sampai perguruan tinggi: " + detail
                + (cand.deferred() ? "; anak belum sekolah, beasiswa ditunda sampai anak masuk TK" : "")
                + " (" + c.basis() + ").";
        f.pay(ComponentCode.SCHOLARSHIP, cand.amount(), rule, in);
    }
}
