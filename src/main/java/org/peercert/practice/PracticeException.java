package org.peercert.practice;

/** A request the practice engine refuses; the message is safe to show to the trainee. Nothing was changed. */
public class PracticeException extends RuntimeException {

    public PracticeException(String message) {
        super(message);
    }
}
