package id.pekalongan.batikberlian.domain.benefit;

import java.util.List;

/** The result of pricing a claim: either a computed benefit or the reasons the request cannot be priced. */
public sealed interface ClaimOutcome permits ClaimOutcome.Computed, ClaimOutcome.Rejected {

    /**
     * The priced claim. Invariants: {@code totalCash} is the sum of every component except {@code SCHOLARSHIP}
     * and {@code MEDICAL_CARE}; {@code scholarshipTotal} is the sum of the {@code SCHOLARSHIP} components (the most the
     * selected children can receive over their remaining school years, 0 if none); {@code medicalCostRecorded} is the
     * {@code MEDICAL_CARE} component (0 if none).
     * <p>
     * Medical care is kept out of {@code totalCash}: it is a benefit in kind with no ceiling, paid to the treating
     * facility (or reimbursed against its bills), never a cash sum for the family; adding an uncapped bill to the cash
     * figure would make the cash figure meaningless for budgeting. It is recorded in full, never capped.
     *
     * <pre>{@code
     * {"tableVersion": "PP82-2019", "totalCash": 42000000, "scholarshipTotal": 0, "medicalCostRecorded": 0,
     *  "components": [{"code": "JKM_LUMP_SUM", "amount": 20000000, "rule": "...", "inputs": {...},
     *                  "tableVersion": "PP82-2019"}, ...],
     *  "notPayable": [{"code": "SCHOLARSHIP_CONTRIBUTION_MONTHS_SHORT", "reason": "..."}]}
     * }</pre>
     */
    record Computed(
            String tableVersion,
            long totalCash,
            long scholarshipTotal,
            long medicalCostRecorded,
            List<BenefitComponent> components,
            List<NotPayable> notPayable) implements ClaimOutcome {

        public Computed {
            components = List.copyOf(components);
            notPayable = List.copyOf(notPayable);
        }

        public boolean hasNotPayable(String code) {
            return notPayable.stream().anyMatch(n -> n.code().equals(code));
        }
    }

    /** The request cannot be priced; each error names the field, the offending value and a stable reason code. */
    record Rejected(List<ClaimError> errors) implements ClaimOutcome {

        public Rejected {
            errors = List.copyOf(errors);
        }

        public boolean hasReason(RejectReason reason) {
            return errors.stream().anyMatch(e -> e.code().equals(reason.name()));
        }
    }
}
