package org.peercert.notification;

/** A mail as the recipient reads it, in the language actually used. */
record RenderedMail(String locale, String subject, String text, String html) {}
