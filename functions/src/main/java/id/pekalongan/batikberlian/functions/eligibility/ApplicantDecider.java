package id.pekalongan.batikberlian.functions.eligibility;

import org.springframework.stereotype.Component;

/** Decides one applicant. */
@Component
public class ApplicantDecider {

    public void decide(String nik) {
        throw new UnsupportedOperationException("ValidateEligibility is not implemented yet");
    }
}
