package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.EndReason;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.RuleOutcome;
import id.pekalongan.batikberlian.domain.participant.StoredDecision;
import id.pekalongan.batikberlian.domain.participant.Work;
import id.pekalongan.batikberlian.domain.premium.RateTables;
import id.pekalongan.batikberlian.domain.time.Jakarta;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The applicants table's item layout. {@code statusNik} feeds the {@code byKelurahan} index (kelurahan, then status)
 * and must change with every status change; absent values are simply not written.
 */
public final class ApplicantItems {

    private ApplicantItems() {
    }

    public static String statusNik(ParticipantStatus status, String nik) {
        return status.name() + "#" + nik;
    }

    public static Map<String, AttributeValue> toItem(Applicant a) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("nik", Attr.s(a.nik()));
        put(item, "name", a.name());
        put(item, "birthDate", a.birthDate());
        put(item, "sex", a.sex() == null ? null : a.sex().name());
        put(item, "occupation", a.occupation());
        put(item, "occupationCode", a.occupationCode());
        put(item, "kelurahanCode", a.kelurahanCode());
        put(item, "kecamatanCode", a.kecamatanCode());
        put(item, "rt", a.rt());
        put(item, "rw", a.rw());
        put(item, "address", a.address());
        put(item, "phone", a.phone());
        PriorityFlags p = a.priority() == null ? PriorityFlags.NONE : a.priority();
        item.put("priority", AttributeValue.fromM(Map.of(
                "extremePoverty", Attr.bool(p.extremePoverty()),
                "disability", Attr.bool(p.disability()),
                "breadwinner", Attr.bool(p.breadwinner()))));
        item.put("declaredIncome", Attr.n(a.declaredIncome()));
        item.put("status", Attr.s(a.status().name()));
        item.put("statusNik", Attr.s(statusNik(a.status(), a.nik())));
        put(item, "uploadId", a.uploadId());
        item.put("rowNumber", Attr.n(a.rowNumber()));
        put(item, "receivedAt", a.receivedAt() == null ? null : a.receivedAt().toString());
        put(item, "arrivalKey", a.arrivalKey());
        put(item, "approvedOn", a.approvedOn());
        put(item, "coverageStart", a.coverageStart());
        if (a.programmeYear() != null) {
            item.put("programmeYear", Attr.n(a.programmeYear()));
        }
        put(item, "endedOn", a.endedOn());
        put(item, "endReason", a.endReason() == null ? null : a.endReason().name());
        put(item, "deathDate", a.deathDate());
        if (a.decision() != null) {
            item.put("decision", decision(a.decision()));
        }
        item.put("version", Attr.n(a.version()));
        return item;
    }

    public static Applicant fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> p = item.containsKey("priority") ? item.get("priority").m() : Map.of();
        String endReason = Attr.string(item, "endReason");
        String sex = Attr.string(item, "sex");
        Instant receivedAt = item.containsKey("receivedAt") ? Instant.parse(Attr.string(item, "receivedAt")) : null;
        Person person = new Person(Attr.string(item, "nik"), Attr.string(item, "name"), date(item, "birthDate"),
                sex == null ? null : Sex.valueOf(sex));
        Residence residence = new Residence(Attr.string(item, "kelurahanCode"), Attr.string(item, "kecamatanCode"),
                Attr.string(item, "rt"), Attr.string(item, "rw"), Attr.string(item, "address"),
                Attr.string(item, "phone"));
        Work work = new Work(Attr.string(item, "occupation"), Attr.string(item, "occupationCode"),
                item.containsKey("declaredIncome") ? Attr.number(item, "declaredIncome", 0)
                        : RateTables.standard().inForceOn(receivedAt == null ? LocalDate.now(Jakarta.ZONE)
                                : receivedAt.atZone(Jakarta.ZONE).toLocalDate()).defaultDeclaredIncome());
        Arrival arrival = new Arrival(Attr.string(item, "uploadId"), (int) Attr.number(item, "rowNumber", 0),
                receivedAt, Attr.string(item, "arrivalKey"));
        Membership membership = new Membership(date(item, "approvedOn"), date(item, "coverageStart"),
                item.containsKey("programmeYear") ? (int) Attr.number(item, "programmeYear", 0) : null,
                date(item, "endedOn"), endReason == null ? null : EndReason.valueOf(endReason), date(item, "deathDate"));
        return new Applicant(person, residence, work,
                new PriorityFlags(flag(p, "extremePoverty"), flag(p, "disability"), flag(p, "breadwinner")),
                ParticipantStatus.valueOf(Attr.string(item, "status")), arrival, membership,
                item.containsKey("decision") ? decision(item.get("decision").m()) : null,
                Attr.number(item, "version", 0));
    }

    public static AttributeValue decision(StoredDecision d) {
        List<AttributeValue> results = new ArrayList<>();
        for (RuleOutcome r : d.results()) {
            Map<String, AttributeValue> m = new HashMap<>();
            put(m, "ruleId", r.ruleId());
            put(m, "outcome", r.outcome());
            put(m, "code", r.code());
            put(m, "field", r.field());
            put(m, "value", r.value());
            put(m, "expected", r.expected());
            put(m, "message", r.message());
            results.add(AttributeValue.fromM(m));
        }
        return AttributeValue.fromM(Map.of(
                "ruleSetVersion", Attr.s(d.ruleSetVersion()),
                "evaluatedOn", Attr.s(d.evaluatedOn().toString()),
                "eligible", Attr.bool(d.eligible()),
                "results", AttributeValue.fromL(results)));
    }

    private static StoredDecision decision(Map<String, AttributeValue> m) {
        List<RuleOutcome> results = new ArrayList<>();
        for (AttributeValue v : m.get("results").l()) {
            Map<String, AttributeValue> r = v.m();
            results.add(new RuleOutcome(Attr.string(r, "ruleId"), Attr.string(r, "outcome"), Attr.string(r, "code"),
                    Attr.string(r, "field"), Attr.string(r, "value"), Attr.string(r, "expected"),
                    Attr.string(r, "message")));
        }
        return new StoredDecision(Attr.string(m, "ruleSetVersion"), LocalDate.parse(Attr.string(m, "evaluatedOn")),
                m.get("eligible").bool(), results);
    }

    private static void put(Map<String, AttributeValue> item, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            item.put(name, Attr.s(value.toString()));
        }
    }

    private static LocalDate date(Map<String, AttributeValue> item, String name) {
        String v = Attr.string(item, name);
        return v == null ? null : LocalDate.parse(v);
    }

    private static boolean flag(Map<String, AttributeValue> m, String name) {
        AttributeValue v = m.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }
}
