package id.pekalongan.batikberlian.domain.benefit;

import java.time.LocalDate;

/**
 * A child of the participant, as of the incident date.
 * <pre>{@code {"birthDate": "2012-03-01", "level": "SMP", "grade": 2, "married": false, "working": false}}</pre>
 * {@code level} is one of TK_SD, SMP, SMA, PT, absent for a child not yet in school. {@code grade} is the school year
 * within the level, 1-based (TK_SD: TK A = 1, TK B = 2, SD 1–6 = 3–8); absent = the first year of the level.
 * {@code married} and {@code working} absent mean no.
 */
public record ChildInput(LocalDate birthDate, String level, Integer grade, Boolean married, Boolean working) {

    public boolean marriedOrNo() {
        return Boolean.TRUE.equals(married);
    }

    public boolean workingOrNo() {
        return Boolean.TRUE.equals(working);
    }
}
