package id.pekalongan.batikberlian.functions.eligibility;

import id.pekalongan.batikberlian.domain.participant.SlotRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Gives a slot back to the year's quota (once per participant) and admits from the waitlist. */
@Component
public class QuotaSlotRelease implements SlotRelease {

    private static final Logger log = LoggerFactory.getLogger(QuotaSlotRelease.class);

    private final EligibilityService eligibility;

    public QuotaSlotRelease(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public void slotFreed(String nik, int programmeYear) {
        int promoted = eligibility.slotFreed(nik, programmeYear);
        log.atInfo().addKeyValue("event", "slot_freed").addKeyValue("year", programmeYear)
                .addKeyValue("promoted", promoted).log("quota slot freed");
    }
}
