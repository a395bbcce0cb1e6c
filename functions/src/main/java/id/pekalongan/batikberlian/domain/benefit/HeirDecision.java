package id.pekalongan.batikberlian.domain.benefit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who receives a death benefit. With no heirs declared the recipients are left to the claim officer and nothing is
 * withheld; with heirs declared, only the best rank receives, and when the declared people are only a funeral
 * arranger, only the funeral cost is payable (to them).
 */
record HeirDecision(boolean declared, boolean noHeir, Set<HeirRelation> entitled, boolean arrangerDeclared) {

    static HeirDecision decide(ClaimRequest request, Findings findings) {
        List<HeirRelation> relations = new ArrayList<>();
        for (HeirInput heir : request.heirs()) {
            relations.add(HeirRelation.parse(heir.relation()));
        }
        if (relations.isEmpty()) {
            return new HeirDecision(false, false, Set.of(), false);
        }
        int best = relations.stream().filter(HeirRelation::isHeir).mapToInt(HeirRelation::rank).min().orElse(0);
        boolean arranger = relations.contains(HeirRelation.FUNERAL_ARRANGER);
        Set<HeirRelation> entitled = new LinkedHashSet<>();
        for (int i = 0; i < relations.size(); i++) {
            HeirRelation relation = relations.get(i);
            if (!relation.isHeir()) {
                continue;
            }
            if (relation.rank() == best) {
                entitled.add(relation);
            } else {
                findings.refuse(NotPayableCode.HEIR_LOWER_RANK, "Ahli waris ke-" + (i + 1) + " (" + relation
                        + ") tidak menerima manfaat karena ada ahli waris dengan urutan lebih dahulu ("
                        + rankName(best) + ").");
            }
        }
        return new HeirDecision(true, best == 0, Set.copyOf(entitled), arranger);
    }

    private static String rankName(int rank) {
        List<String> names = new ArrayList<>();
        for (HeirRelation r : HeirRelation.values()) {
            if (r.rank() == rank) {
                names.add(r.name());
            }
        }
        return String.join("/", names);
    }

    /** For the component inputs: who is to receive the heirs' benefits. */
    String heirRecipient() {
        if (!declared) {
            return "BELUM_DITENTUKAN";
        }
        return entitled.stream().map(Enum::name).sorted().reduce((a, b) -> a + "," + b).orElse("TIDAK_ADA");
    }

    String funeralRecipient() {
        if (!declared) {
            return "BELUM_DITENTUKAN";
        }
        if (!noHeir) {
            return "AHLI_WARIS";
        }
        return arrangerDeclared ? "PIHAK_YANG_MENGURUS_PEMAKAMAN" : "BELUM_DITENTUKAN";
    }
}
