package org.peercert.cohort;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The outcome of inviting a list: how many were invited, and each row not invited with its reason. */
public record InviteReport(int invited, List<Refused> refused) {

    public enum Reason { INVALID_EMAIL, INVALID_NAME, DUPLICATE_IN_FILE, ALREADY_INVITED, ALREADY_ENROLLED }

    /** @param row the row (line) number in what was pasted or uploaded; {@code value} the row as given */
    public record Refused(int row, String value, Reason reason) {

        public String messageKey() {
            return "cohort.invite.reason." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Map<Reason, Long> countByReason() {
        return refused.stream().collect(Collectors.groupingBy(Refused::reason, Collectors.counting()));
    }
}
