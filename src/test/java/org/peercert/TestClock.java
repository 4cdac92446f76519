package org.peercert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's clock in the shared test context: the real time (in microseconds, as the app's own clock), moved
 * forward by what a test asked for. The whole app reads time from the {@link Clock} bean, so moving this one
 * moves expiry, renewal windows and reminders. A test that moves it resets it when it is done.
 */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private final Clock real = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /** Moves the app's "now" forward (or back) by the given amount, from where it is. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the app works in UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
