package org.peercert.cohort.report.stats;

import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A reported number, or why there is none. Reports show {@link #format} and never a NaN or an infinity: a
 * t statistic of zero-variance differences, for example, is {@code undefined(NO_VARIANCE)} and shows as "—".
 */
public record Figure(@Nullable Double value, @Nullable Undefined reason) {

    public static final String DASH = "—";

    public Figure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a figure has either a value or a reason");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("not a reportable number: " + value);
        }
    }

    public static Figure of(double value) {
        return new Figure(value, null);
    }

    public static Figure undefined(Undefined reason) {
        return new Figure(null, reason);
    }

    public boolean defined() {
        return value != null;
    }

    /** The value; only call when {@link #defined()}. */
    public double get() {
        if (value == null) {
            throw new IllegalStateException("undefined: " + reason);
        }
        return value;
    }

    public String format(DoubleFunction<String> format) {
        return value == null ? DASH : format.apply(value);
    }
}
