package org.peercert.account;

import java.util.Map;

/**
 * Registration was refused; {@link #fieldErrors()} maps a field (displayName, email, password,
 * acceptedTerms) to a message key of the UI translations, so the form shows it under that field.
 */
public class RegistrationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public RegistrationException(Map<String, String> fieldErrors) {
        super("Registration refused: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
