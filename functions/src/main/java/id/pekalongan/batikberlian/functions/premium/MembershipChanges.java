package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.participant.EndReason;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.SlotRelease;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.billing.ActiveRoster;
import id.pekalongan.batikberlian.storage.billing.ChangeOutbox;
import id.pekalongan.batikberlian.storage.billing.StatusChange;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The age-outs and lapses of one period's run. A page records each in the outbox as it decides it; the applicants
 * are changed only at the end of the run, from the outbox, so that a crash between deciding and applying loses
 * nothing, and a page decided again records nothing twice.
 */
final class MembershipChanges {

    private static final Logger log = LoggerFactory.getLogger(MembershipChanges.class);

    /** The reason of a lapse; an age-out carries {@link EndReason#AGE_OUT}. */
    static final String ARREARS = "ARREARS";

    private final BillingPeriod period;
    private final ChangeOutbox outbox;
    private final ActiveRoster roster;
    private final SlotRelease slotRelease;

    MembershipChanges(BillingPeriod period, ChangeOutbox outbox, ActiveRoster roster, SlotRelease slotRelease) {
        this.period = period;
        this.outbox = outbox;
        this.roster = roster;
        this.slotRelease = slotRelease;
    }

    void ageOut(String nik, int programmeYear) {
        outbox.putChange(period, new StatusChange(nik, ParticipantStatus.ENDED.name(), EndReason.AGE_OUT.name(),
                programmeYear, StatusChange.PENDING, false));
    }

    void lapse(String nik, int programmeYear) {
        outbox.putChange(period, new StatusChange(nik, ParticipantStatus.LAPSED.name(), ARREARS, programmeYear,
                StatusChange.PENDING, false));
    }

    List<StatusChange> recorded() {
        return outbox.changes(period);
    }

    /** The outbox: every change still pending is applied, every freed slot not yet reported is reported. */
    void apply() {
        for (StatusChange c : outbox.changes(period)) {
            String state = c.state();
            if (StatusChange.PENDING.equals(state)) {
                ParticipantStatus to = ParticipantStatus.valueOf(c.toStatus());
                LocalDate on = to == ParticipantStatus.ENDED ? period.firstDay().minusDays(1) : period.firstDay();
                boolean applied = roster.end(c.nik(), to, c.reason(), on);
                if (!applied) {
                    // Applied by an attempt that crashed before marking it, or changed by someone else.
                    applied = roster.status(c.nik()).map(to::equals).orElse(false);
                }
                state = applied ? StatusChange.APPLIED : StatusChange.SKIPPED;
                outbox.markChange(period, c.nik(), state, false);
                log.atInfo().addKeyValue("event", "membership_change").addKeyValue("period", period)
                        .addKeyValue("nik", NikMask.mask(c.nik())).addKeyValue("to", c.toStatus())
                        .addKeyValue("reason", c.reason()).addKeyValue("state", state).log("membership changed");
            }
            if (StatusChange.APPLIED.equals(state) && !c.slotReleased() && slotRelease != null) {
                slotRelease.slotFreed(c.nik(), c.programmeYear());
                outbox.markChange(period, c.nik(), state, true);
            }
        }
    }
}
