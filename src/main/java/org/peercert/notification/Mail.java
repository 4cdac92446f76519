package org.peercert.notification;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A mail to queue: the template {@code kind} (files {@code mail/<kind>_<lang>.txt|html.mustache}), the
 * recipient, the language and the values the template shows. {@code userId} links it to an account for
 * export and deletion; {@code dedupKey} makes queueing idempotent when an event is delivered again.
 */
public record Mail(String kind, String to, String locale, Map<String, ?> model, @Nullable Long userId,
        @Nullable String dedupKey, List<MailAttachment> attachments) {

    public Mail {
        model = Map.copyOf(model);
        attachments = List.copyOf(attachments);
    }

    public static Mail of(String kind, String to, String locale, Map<String, ?> model) {
        return new Mail(kind, to, locale, model, null, null, List.of());
    }

    public Mail forUser(long id) {
        return new Mail(kind, to, locale, model, id, dedupKey, attachments);
    }

    public Mail once(String key) {
        return new Mail(kind, to, locale, model, userId, kind + ":" + key, attachments);
    }

    public Mail attach(MailAttachment attachment) {
        var all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new Mail(kind, to, locale, model, userId, dedupKey, all);
    }
}
