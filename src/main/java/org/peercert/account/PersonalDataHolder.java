package org.peercert.account;

/**
 * A module that stores data about a user. "Export my data" collects every holder's section; "delete my
 * account" calls every holder's {@link #erase} in the same transaction that removes the account, so no
 * module can keep personal data behind (each module implements this as a Spring bean).
 */
public interface PersonalDataHolder {

    /** The section's name in the export, e.g. {@code "enrollments"}. */
    String section();

    /** Everything this module stores about the user, as values Jackson can write as JSON. */
    Object export(long userId);

    /**
     * Erases or anonymises the user's personal data (documented per module, e.g. certificates stay
     * verifiable but show that the holder removed their details).
     */
    void erase(long userId);
}
