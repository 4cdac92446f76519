/**
 * Mail: templates (EN/ES), the persistent outbox with retry and backoff, the admin outbox view, the mails
 * other modules' events ask for, reminders and the database lock that runs a scheduled job once.
 */
@NullMarked
package org.peercert.notification;

import org.jspecify.annotations.NullMarked;
