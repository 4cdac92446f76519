package org.peercert.practice;

import java.util.List;
import java.util.Map;
import org.peercert.account.PersonalDataHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice module's part of "export my data" and "delete my account": a trainee's attempts, every
 * step and written reply, and the trainer reviews of them. Erasing deletes all of it; a trainer who
 * deletes their account leaves their scores and comments in place without their name.
 */
@Component
class PracticePersonalData implements PersonalDataHolder {

    private final PracticeAttemptRepository attempts;
    private final PracticeStepRepository steps;
    private final PracticeReviewRepository reviews;

    PracticePersonalData(PracticeAttemptRepository attempts, PracticeStepRepository steps, PracticeReviewRepository reviews) {
        this.attempts = attempts;
        this.steps = steps;
        this.reviews = reviews;
    }

    @Override
    public String section() {
        return "practice";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long userId) {
        return attempts.findByUserIdOrderById(userId).stream().map(a -> Map.of(
                "attempt", a.summary(),
                "steps", steps.findByAttempt(a.id()).stream().map(s -> Map.of("step", s.stepKey(), "value", s.stepValue())).toList(),
                "reviews", reviews.findByAttemptIdOrderById(a.id()).stream().map(r -> Map.of(
                        "item", r.itemKey(), "written", r.written(), "pending", r.isPending(),
                        "scores", r.scores() == null ? "" : r.scores(), "comment", r.comment() == null ? "" : r.comment())).toList()))
                .toList();
    }

    @Override
    @Transactional
    public void erase(long userId) {
        List<PracticeAttempt> mine = attempts.findByUserIdOrderById(userId);
        for (PracticeAttempt a : mine) {
            reviews.deleteAll(reviews.findByAttemptIdOrderById(a.id()));
            steps.deleteAll(steps.findByAttempt(a.id()));
        }
        attempts.deleteAll(mine);
        reviews.forgetReviewer(userId);
    }
}
