package org.peercert.account;

/** What a user may do. Views name these in {@code @RolesAllowed}. */
public enum Role {
    TRAINEE,
    TRAINER,
    ADMIN;

    /** Role names as plain constants for annotations. */
    public static final class Names {
        public static final String TRAINEE = "TRAINEE";
        public static final String TRAINER = "TRAINER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
