package id.pekalongan.batikberlian.domain.benefit;

/** Scholarship for one school level: rupiah per child per school year, and how many years the level has. */
public record ScholarshipRate(long perYear, int years) {

    public ScholarshipRate {
        if (perYear < 0 || years < 1) {
            throw new IllegalArgumentException("scholarship rate needs perYear >= 0 and years >= 1");
        }
    }

    public long maximum() {
        return perYear * years;
    }
}
