package org.peercert.authoring.gift;

/** The whole file is refused (too large, too many questions, not text); the message is for the trainer. */
public class GiftException extends RuntimeException {

    public GiftException(String message) {
        super(message);
    }
}
