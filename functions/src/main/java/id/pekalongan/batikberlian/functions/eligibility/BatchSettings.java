package id.pekalongan.batikberlian.functions.eligibility;

import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import java.util.HashMap;
import java.util.Map;

/**
 * The programme settings one stream batch judges by: the occupation list, read when the batch starts, and each
 * programme year's quota, read when the batch first needs it. A change by staff applies from the next batch, a few
 * seconds later, rather than costing two reads for every applicant.
 */
public final class BatchSettings {

    private final ProgrammeConfigStore config;
    private final OccupationList occupations;
    private final Map<Integer, Long> quotas = new HashMap<>();

    BatchSettings(ProgrammeConfigStore config) {
        this.config = config;
        this.occupations = config.occupations();
    }

    OccupationList occupations() {
        return occupations;
    }

    long quotaFor(int year) {
        return quotas.computeIfAbsent(year, config::quotaFor);
    }
}
