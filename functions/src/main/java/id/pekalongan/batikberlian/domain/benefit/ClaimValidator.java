package id.pekalongan.batikberlian.domain.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a request's shape and values before anything is priced, collecting every problem at once so that a clerk can
 * correct the whole form in one go. Eligibility of children (age, marriage, work) is not an error: it is priced as
 * not payable.
 */
final class ClaimValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /*
     * Upper bounds on what a claim may carry. None is a rule of PP 82/2019; each is far beyond any real claim and low
     * enough that every product the calculator forms (wage × 80, wage × months, days × wage) stays exact in a long.
     */
    /** Declared monthly income: a BPU participant declares a few million rupiah; Rp1 milyar is beyond any. */
    static final long MAX_DECLARED_INCOME = 1_000_000_000L;
    /** Days off work or in home care: a century. */
    static final int MAX_DAYS = 36_500;
    /** Contribution months: a century. */
    static final int MAX_MONTHS = 1_200;
    /** A recorded cost (medical care, transport, home care): Rp1 triliun. */
    static final long MAX_AMOUNT = 1_000_000_000_000L;
    /** Children and heirs listed: the scholarship pays two children; a family list this long is a mistake. */
    static final int MAX_PEOPLE = 50;

    private final BenefitTables tables;
    private final BenefitPolicy policy;

    ClaimValidator(BenefitTables tables, BenefitPolicy policy) {
        this.tables = tables;
        this.policy = policy;
    }

    List<ClaimError> check(ClaimRequest r, LocalDate evaluationDate) {
        List<ClaimError> errors = new ArrayList<>();
        ClaimType type = checkType(r, errors);
        BenefitTable table = checkIncidentDate(r, evaluationDate, errors);
        if (!r.simulation() && (r.nik() == null || r.nik().isBlank())) {
            errors.add(ClaimError.of(RejectReason.MISSING_FIELD, "nik", null,
                    "NIK peserta wajib diisi (kecuali simulasi)."));
        }
        if (r.declaredIncome() != null && r.declaredIncome() <= 0) {
            errors.add(ClaimError.of(RejectReason.INVALID_DECLARED_INCOME, "declaredIncome", r.declaredIncome(),
                    "Upah yang dilaporkan harus lebih dari nol."));
        } else if (r.declaredIncome() != null && r.declaredIncome() > MAX_DECLARED_INCOME) {
            errors.add(outOfRange("declaredIncome", r.declaredIncome(), MAX_DECLARED_INCOME));
        }
        if (r.children().size() > MAX_PEOPLE) {
            errors.add(outOfRange("children", r.children().size(), MAX_PEOPLE));
        }
        if (r.heirs().size() > MAX_PEOPLE) {
            errors.add(outOfRange("heirs", r.heirs().size(), MAX_PEOPLE));
        }
        checkContributionMonths(r, type, errors);
        checkChildren(r, evaluationDate, table, errors);
        checkHeirs(r, errors);
        checkDaysOff(r, type, errors);
        checkDisability(r, type, table, errors);
        checkTransport(r, errors);
        checkHomeCare(r, errors);
        checkMedical(r, type, errors);
        return errors;
    }

    private static ClaimType checkType(ClaimRequest r, List<ClaimError> errors) {
        if (r.type() == null || r.type().isBlank()) {
            errors.add(ClaimError.of(RejectReason.MISSING_FIELD, "type", null, "Jenis klaim wajib diisi."));
            return null;
        }
        ClaimType type = ClaimType.parse(r.type());
        if (type == null) {
            errors.add(ClaimError.of(RejectReason.UNKNOWN_TYPE, "type", r.type(),
                    "Jenis klaim tidak dikenal: " + r.type() + "."));
        }
        return type;
    }

    private BenefitTable checkIncidentDate(ClaimRequest r, LocalDate evaluationDate, List<ClaimError> errors) {
        if (r.incidentDate() == null) {
            errors.add(ClaimError.of(RejectReason.MISSING_FIELD, "incidentDate", null,
                    "Tanggal kejadian wajib diisi."));
            return null;
        }
        if (r.incidentDate().isAfter(evaluationDate)) {
            errors.add(ClaimError.of(RejectReason.INCIDENT_IN_FUTURE, "incidentDate", r.incidentDate(),
                    "Tanggal kejadian " + r.incidentDate() + " jatuh setelah tanggal penilaian " + evaluationDate
                            + "."));
        }
        BenefitTable table = tables.inForceOn(r.incidentDate()).orElse(null);
        if (table == null) {
            errors.add(ClaimError.of(RejectReason.NO_BENEFIT_TABLE, "incidentDate", r.incidentDate(),
                    "Tidak ada tabel manfaat yang berlaku pada tanggal kejadian " + r.incidentDate() + "."));
        }
        return table;
    }

    private void checkContributionMonths(ClaimRequest r, ClaimType type, List<ClaimError> errors) {
        checkNotNegativeMonths(r.contributionMonths(), "contributionMonths", errors);
        checkNotNegativeMonths(r.continuousContributionMonths(), "continuousContributionMonths", errors);
        if (type == null || !type.scholarshipNeedsContributionMonths() || r.children().isEmpty()) {
            return;
        }
        String field = policy.contributionCounting() == BenefitPolicy.ContributionCounting.CONTINUOUS
                ? "continuousContributionMonths" : "contributionMonths";
        Integer months = policy.contributionCounting() == BenefitPolicy.ContributionCounting.CONTINUOUS
                ? r.continuousContributionMonths() : r.contributionMonths();
        if (months == null) {
            errors.add(ClaimError.of(RejectReason.MISSING_FIELD, field, null,
                    "Jumlah bulan iuran wajib diisi untuk menilai beasiswa pada klaim JKM."));
        }
    }

    private static void checkNotNegativeMonths(Integer months, String field, List<ClaimError> errors) {
        if (months != null && months < 0) {
            errors.add(ClaimError.of(RejectReason.NEGATIVE_MONTHS, field, months,
                    "Jumlah bulan iuran tidak boleh negatif."));
        } else if (months != null && months > MAX_MONTHS) {
            errors.add(outOfRange(field, months, MAX_MONTHS));
        }
    }

    private static void checkChildren(ClaimRequest r, LocalDate evaluationDate, BenefitTable table,
                                      List<ClaimError> errors) {
        for (int i = 0; i < r.children().size(); i++) {
            ChildInput child = r.children().get(i);
            String at = "children[" + i + "]";
            if (child == null) {
                errors.add(ClaimError.of(RejectReason.MISSING_FIELD, at, null, "Data anak kosong."));
                continue;
            }
            if (child.birthDate() == null) {
                errors.add(ClaimError.of(RejectReason.MISSING_FIELD, at + ".birthDate", null,
                        "Tanggal lahir anak wajib diisi."));
            } else if (child.birthDate().isAfter(evaluationDate)) {
                errors.add(ClaimError.of(RejectReason.INVALID_BIRTH_DATE, at + ".birthDate", child.birthDate(),
                        "Tanggal lahir anak jatuh setelah tanggal penilaian."));
            }
            SchoolLevel level = null;
            if (child.level() != null) {
                level = SchoolLevel.parse(child.level());
                if (level == null) {
                    errors.add(ClaimError.of(RejectReason.UNKNOWN_SCHOOL_LEVEL, at + ".level", child.level(),
                            "Jenjang sekolah tidak dikenal (TK_SD, SMP, SMA, PT): " + child.level() + "."));
                }
            }
            if (child.grade() != null) {
                if (child.level() == null) {
                    errors.add(ClaimError.of(RejectReason.MISSING_FIELD, at + ".level", null,
                            "Kelas diisi tetapi jenjang sekolah kosong."));
                } else if (level != null && table != null
                        && (child.grade() < 1 || child.grade() > table.scholarship(level).years())) {
                    errors.add(ClaimError.of(RejectReason.INVALID_GRADE, at + ".grade", child.grade(),
                            "Kelas untuk jenjang " + level + " harus 1 sampai "
                                    + table.scholarship(level).years() + "."));
                }
            }
        }
    }

    private static void checkHeirs(ClaimRequest r, List<ClaimError> errors) {
        for (int i = 0; i < r.heirs().size(); i++) {
            HeirInput heir = r.heirs().get(i);
            String at = "heirs[" + i + "].relation";
            if (heir == null || heir.relation() == null) {
                errors.add(ClaimError.of(RejectReason.MISSING_FIELD, at, null, "Hubungan ahli waris wajib diisi."));
            } else if (HeirRelation.parse(heir.relation()) == null) {
                errors.add(ClaimError.of(RejectReason.UNKNOWN_HEIR_RELATION, at, heir.relation(),
                        "Hubungan ahli waris tidak dikenal: " + heir.relation() + "."));
            }
        }
    }

    private static void checkDaysOff(ClaimRequest r, ClaimType type, List<ClaimError> errors) {
        if (r.daysOff() == null) {
            if (type == ClaimType.JKK_TEMPORARY_INCAPACITY) {
                errors.add(ClaimError.of(RejectReason.MISSING_FIELD, "daysOff", null,
                        "Jumlah hari tidak mampu bekerja wajib diisi untuk klaim STMB."));
            }
        } else if (r.daysOff() < 0) {
            errors.add(ClaimError.of(RejectReason.NEGATIVE_DAYS, "daysOff", r.daysOff(),
                    "Jumlah hari tidak mampu bekerja tidak boleh negatif."));
        } else if (r.daysOff() > MAX_DAYS) {
            errors.add(outOfRange("daysOff", r.daysOff(), MAX_DAYS));
        }
    }

    private static void checkDisability(ClaimRequest r, ClaimType type, BenefitTable table,
                                        List<ClaimError> errors) {
        DisabilityInput disability = r.disability();
        if (disability == null || disability.items().isEmpty()) {
            if (type == ClaimType.JKK_PARTIAL_DISABILITY) {
                errors.add(ClaimError.of(RejectReason.MISSING_FIELD, "disability.items", null,
                        "Klaim cacat sebagian memerlukan paling sedikit satu jenis cacat."));
            }
            return;
        }
        for (int i = 0; i < disability.items().size(); i++) {
            DisabilityItemInput item = disability.items().get(i);
            String at = "disability.items[" + i + "]";
            if (item == null || item.code() == null || item.code().isBlank()) {
                errors.add(ClaimError.of(RejectReason.MISSING_FIELD, at + ".code", null, "Kode cacat wajib diisi."));
                continue;
            }
            if (table != null && table.disabilityTable().find(item.code()).isEmpty()) {
                errors.add(ClaimError.of(RejectReason.UNKNOWN_DISABILITY_ITEM, at + ".code", item.code(),
                        "Kode cacat tidak ada dalam tabel " + table.disabilityTable().version() + ": "
                                + item.code() + "."));
            }
            BigDecimal loss = item.functionalLossPercent();
            if (loss != null && (loss.signum() <= 0 || loss.compareTo(HUNDRED) > 0)) {
                errors.add(ClaimError.of(RejectReason.INVALID_PERCENT, at + ".functionalLossPercent",
                        loss.toPlainString(), "Persentase kehilangan fungsi harus lebih dari 0 dan paling banyak 100."));
            }
        }
    }

    private static void checkTransport(ClaimRequest r, List<ClaimError> errors) {
        if (r.transport() == null) {
            return;
        }
        for (int i = 0; i < r.transport().legs().size(); i++) {
            TransportLeg leg = r.transport().legs().get(i);
            String at = "transport.legs[" + i + "]";
            if (leg == null || leg.mode() == null) {
                errors.add(ClaimError.of(RejectReason.MISSING_FIELD, at + ".mode", null,
                        "Moda transportasi wajib diisi."));
            } else if (TransportMode.parse(leg.mode()) == null) {
                errors.add(ClaimError.of(RejectReason.UNKNOWN_TRANSPORT_MODE, at + ".mode", leg.mode(),
                        "Moda transportasi tidak dikenal (LAND, RIVER, LAKE, SEA, AIR): " + leg.mode() + "."));
            }
            if (leg != null) {
                checkAmount(leg.amount(), at + ".amount", true, errors);
            }
        }
    }

    private static void checkHomeCare(ClaimRequest r, List<ClaimError> errors) {
        HomeCareInput care = r.homeCare();
        if (care == null) {
            return;
        }
        if (care.days() == null) {
            errors.add(ClaimError.of(RejectReason.MISSING_FIELD, "homeCare.days", null,
                    "Lama perawatan di rumah (hari) wajib diisi."));
        } else if (care.days() < 0) {
            errors.add(ClaimError.of(RejectReason.NEGATIVE_DAYS, "homeCare.days", care.days(),
                    "Lama perawatan di rumah tidak boleh negatif."));
        } else if (care.days() > MAX_DAYS) {
            errors.add(outOfRange("homeCare.days", care.days(), MAX_DAYS));
        }
        checkAmount(care.cost(), "homeCare.cost", true, errors);
    }

    private static void checkMedical(ClaimRequest r, ClaimType type, List<ClaimError> errors) {
        checkAmount(r.medicalCost(), "medicalCost", false, errors);
        if (type == ClaimType.JKK_MEDICAL && r.medicalCost() == null && r.transport() == null
                && r.homeCare() == null) {
            errors.add(ClaimError.of(RejectReason.MISSING_FIELD, "medicalCost", null,
                    "Klaim perawatan memerlukan biaya pengobatan, transportasi, atau perawatan di rumah."));
        }
    }

    private static void checkAmount(Long amount, String field, boolean required, List<ClaimError> errors) {
        if (amount == null) {
            if (required) {
                errors.add(ClaimError.of(RejectReason.MISSING_FIELD, field, null, "Jumlah biaya wajib diisi."));
            }
        } else if (amount < 0) {
            errors.add(ClaimError.of(RejectReason.NEGATIVE_AMOUNT, field, amount, "Jumlah biaya tidak boleh negatif."));
        } else if (amount > MAX_AMOUNT) {
            errors.add(outOfRange(field, amount, MAX_AMOUNT));
        }
    }

    private static ClaimError outOfRange(String field, long value, long max) {
        return ClaimError.of(RejectReason.OUT_OF_RANGE, field, value,
                "Nilai " + field + " melebihi batas yang dapat dihitung (paling banyak "
                        + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id-ID"))
                        .format(max) + ").");
    }
}
