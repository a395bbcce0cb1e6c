package id.pekalongan.batikberlian.domain.benefit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the rule families find while pricing one claim, in the order they find it. */
final class Findings {

    private final String tableVersion;
    private final List<BenefitComponent> components = new ArrayList<>();
    private final List<NotPayable> notPayable = new ArrayList<>();
    private final List<ClaimError> errors = new ArrayList<>();

    Findings(String tableVersion) {
        this.tableVersion = tableVersion;
    }

    void pay(ComponentCode code, long amount, String rule, Map<String, Object> inputs) {
        components.add(new BenefitComponent(code.name(), amount, rule, inputs, tableVersion));
    }

    void refuse(NotPayableCode code, String reason) {
        notPayable.add(code.because(reason));
    }

    void reject(ClaimError error) {
        errors.add(error);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    ClaimOutcome outcome() {
        if (!errors.isEmpty()) {
            return new ClaimOutcome.Rejected(errors);
        }
        long cash = 0;
        long scholarship = 0;
        long medical = 0;
        for (BenefitComponent c : components) {
            ComponentCode code = ComponentCode.valueOf(c.code());
            if (code == ComponentCode.SCHOLARSHIP) {
                scholarship = Math.addExact(scholarship, c.amount());
            } else if (code == ComponentCode.MEDICAL_CARE) {
                medical = Math.addExact(medical, c.amount());
            } else {
                cash = Math.addExact(cash, c.amount());
            }
        }
        return new ClaimOutcome.Computed(tableVersion, cash, scholarship, medical, components, notPayable);
    }
}
