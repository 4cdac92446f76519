package org.peercert.certification;

/**
 * The signed revocation status list ({@code BitstringStatusListCredential}) at {@link #PATH}: as JSON and as a
 * VC-JWT, with the version it was built from (a new version with each revoke or supersede).
 */
public record RevocationList(long version, String json, String jwt) {

    /** The one list so far (131,072 positions); a second would be {@code /status/revocation/2}. */
    public static final String PATH = "/status/revocation/1";
}
