package id.pekalongan.batikberlian.storage.billing;

/**
 * The checkpoint of one period's run ({@code sk=RUN}): how far the roster has been walked. Participants are read in
 * NIK order, so the last NIK of the last finished page is where a resumed run continues.
 *
 * @param lastNik empty before the first page is done
 */
public record RunState(String status, long pagesDone, String lastNik, long attempts) {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String COMPLETE = "COMPLETE";

    public boolean started() {
        return lastNik != null && !lastNik.isEmpty();
    }
}
