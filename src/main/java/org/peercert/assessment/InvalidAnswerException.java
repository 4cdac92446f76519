package org.peercert.assessment;

/** An answer that does not fit its question (unknown choice id, wrong shape); nothing is saved. */
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String message) {
        super(message);
    }
}
