package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.NikParseResult;
import id.pekalongan.batikberlian.domain.nik.NikParser;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanMatch;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named, versioned list of rules. Every decision records the version that made it, so a decision can be
 * explained later even after the rules change.
 */
public final class RuleSet {

    /** The rules of RULES.md §2 as in force under Perwal 19/2023. */
    public static final String CURRENT_VERSION = "2023.1";

    private final String version;
    private final List<EligibilityRule> rules;

    public RuleSet(String version, List<EligibilityRule> rules) {
        this.version = Objects.requireNonNull(version, "version");
        this.rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (EligibilityRule rule : this.rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule " + rule.id() + " appears twice");
            }
        }
    }

    /** The current rules with the default policy. */
    public static RuleSet standard() {
        return standard(CURRENT_VERSION, EligibilityPolicy.DEFAULT);
    }

    /** Hard rules first, then the warnings, in the order a clerk reads a row. */
    public static RuleSet standard(String version, EligibilityPolicy policy) {
        return new RuleSet(version, List.of(
                new RequiredFieldsRule(),
                new NikStructureRule(),
                new AgeRule(policy.minimumAge(), policy.maximumAge()),
                new OccupationValidOnDateRule(),
                new KelurahanInCityRule(),
                new KecamatanMatchesRule(),
                new NotAlreadyActiveRule(),
                new NikPrefixOutsideCityRule(),
                new NikBirthDateMatchesRule(),
                new NikSexMatchesRule(),
                new NikYearAmbiguousRule(policy.maximumPlausibleAge())));
    }

    public String version() {
        return version;
    }

    public List<EligibilityRule> rules() {
        return rules;
    }

    public EligibilityDecision evaluate(Candidate candidate, EvaluationContext context) {
        List<RuleResult> results = new ArrayList<>(rules.size());
        for (EligibilityRule rule : rules) {
            results.add(Objects.requireNonNull(rule.evaluate(candidate, context), rule.id()));
        }
        boolean eligible = true;
        for (RuleResult r : results) {
            eligible &= !(r instanceof RuleResult.Fail);
        }
        NikParseResult parsed = NikParser.parse(candidate.nikText());
        Nik nik = parsed instanceof Nik valid ? valid : null;
        Kelurahan kelurahan = context.kelurahanDirectory().matchKelurahan(candidate.kelurahan())
                instanceof KelurahanMatch.InCity inCity ? inCity.kelurahan() : null;
        Occupation occupation = context.occupationList().find(candidate.occupation()).orElse(null);
        return new EligibilityDecision(eligible, version, context.evaluationDate(), parsed.masked(), results, nik,
                kelurahan, occupation);
    }
}
