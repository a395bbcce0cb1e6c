package id.pekalongan.batikberlian.domain.benefit;

/**
 * A person claiming as heir of a deceased participant:
 * <pre>{@code {"name": "Siti", "relation": "SPOUSE"}}</pre>
 * {@code relation} is one of {@link HeirRelation}; FUNERAL_ARRANGER names whoever arranged the funeral.
 */
public record HeirInput(String name, String relation) {
}
