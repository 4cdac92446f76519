package org.peercert.curriculum;

import java.util.List;

/**
 * A course version's refresher (course.yaml {@code renewal}): it opens {@code opensDaysBefore} days before a
 * certificate expires; passing the quizzes of {@code moduleKeys} again and the final competency check, at the
 * course's pass rules, renews the certificate.
 */
public record RenewalPlan(int opensDaysBefore, List<String> moduleKeys) {

    public RenewalPlan {
        moduleKeys = List.copyOf(moduleKeys);
    }
}
