package org.peercert.notification.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the outbox sender and the reminder jobs on a schedule, and module listeners asynchronously:
 * a request that triggers a mail does not wait for it to be rendered (the registry records the event first).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class NotificationConfiguration {}
