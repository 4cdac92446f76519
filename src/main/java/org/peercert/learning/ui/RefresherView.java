package org.peercert.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.peercert.account.CurrentUser;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AssessmentException;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.AttemptSummary;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.learning.LearningException;
import org.peercert.learning.RefresherProgress;
import org.peercert.learning.Refreshers;
import org.peercert.learning.RenewalOffers;

/**
 * Taking the renewal refresher: its steps (the listed modules' quizzes, then the knowledge check) with their
 * status, each opened here with the trainees' question inputs and every answer saved as it is given. After a
 * submit only the score is shown (no key leaves the server); passing the last step links the new certificate.
 */
@Route("renewal/:refresher([0-9]{1,18})")
@PageTitle("Renewal · PeerCert")
@PermitAll
public class RefresherView extends Div implements BeforeEnterObserver {

    private final Refreshers refreshers;
    private final RenewalOffers renewals;
    private final CurrentUser currentUser;
    private long refresherId;
    private long attemptId;
    private final Map<String, Answer> answers = new HashMap<>();
    final Span saveStatus = new Span();
    private @Nullable Registration poll;

    RefresherView(Refreshers refreshers, RenewalOffers renewals, CurrentUser currentUser) {
        this.refreshers = refreshers;
        this.renewals = renewals;
        this.currentUser = currentUser;
        addClassNames("pc-page", "pc-reading");
        saveStatus.setId("refresher-save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        addDetachListener(detach -> stopPolling(detach.getUI()));
    }

    static String path(long refresherId) {
        return "renewal/" + refresherId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresherId = LearningViews.param(event, "refresher");
        try {
            showSteps(refreshers.progress(currentUser.id(), refresherId), null);
        } catch (LearningException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage()); // another's refresher: as if none
        }
    }

    private void showSteps(RefresherProgress progress, @Nullable String lastScore) {
        removeAll();
        add(new Anchor("certificates", getTranslation("refresher.back")), new H1(getTranslation("refresher.title", progress.courseTitle())));
        if (lastScore != null) {
            var score = new Paragraph(lastScore);
            score.setId("refresher-score");
            score.addClassNames("pc-notice", "pc-neutral"); // the verdict below says passed or not
            add(score);
        }
        if (progress.completed()) {
            add(done(progress));
            return;
        }
        add(new Paragraph(getTranslation("refresher.intro")));
        var steps = new UnorderedList();
        steps.setId("refresher-steps");
        progress.modules().forEach(m -> steps.add(step("refresher-step-" + m.moduleKey(), m.title(), m.passed(), true,
                () -> refreshers.startQuiz(currentUser.id(), refresherId, m.moduleKey()))));
        steps.add(step("refresher-step-check", getTranslation("refresher.check"), progress.checkPassed(), progress.checkOpen(),
                () -> refreshers.startCheck(currentUser.id(), refresherId)));
        add(steps);
    }

    private ListItem step(String id, String title, boolean passed, boolean open, Supplier<AttemptSummary> start) {
        var status = new Span(getTranslation(passed ? "refresher.step.passed" : open ? "refresher.step.todo" : "refresher.step.locked"));
        status.addClassName("pc-status");
        var item = new ListItem(new Span(title + " · "), status);
        item.setId(id);
        if (open && !passed) {
            var take = new Button(getTranslation("refresher.step.take"), click -> LearningViews.orExplain(start)
                    .ifPresent(attempt -> showAttempt(refreshers.sheet(currentUser.id(), refresherId, attempt.id()))));
            take.setId(id + "-take");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            item.add(take);
        }
        return item;
    }

    /** All of a refresher quiz on one page: it is short, and the holder has taken it before. */
    private void showAttempt(AttemptSheet sheet) {
        removeAll();
        attemptId = sheet.attempt().id();
        answers.clear();
        answers.putAll(sheet.answers());
        var back = new Button(getTranslation("refresher.steps"), click -> showSteps(refreshers.progress(currentUser.id(), refresherId), null));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, new H1(getTranslation("refresher.title", refreshers.progress(currentUser.id(), refresherId).courseTitle())));
        int number = 1;
        for (PresentedQuestion question : sheet.questions()) {
            var block = new Div(new H2(getTranslation("refresher.question", number++, sheet.questions().size())));
            block.addClassName("pc-question-block");
            block.setId("q-" + question.key());
            block.add(QuestionInputs.create(question, answers.getOrDefault(question.key(), Answer.empty()),
                    answer -> save(question.key(), answer)));
            add(block);
        }
        var submit = new Button(getTranslation("refresher.submit"), click -> submit());
        submit.setId("refresher-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        saveStatus.setText("");
        add(saveStatus, submit);
    }

    /** The same save path the question inputs use (tests answer through it with the test-only answer key). */
    void save(String questionKey, Answer answer) {
        try {
            refreshers.saveAnswer(currentUser.id(), refresherId, attemptId, questionKey, answer);
            answers.put(questionKey, answer);
            saveStatus.setText(getTranslation("refresher.saved"));
        } catch (LearningException | AssessmentException e) {
            saveStatus.setText(e.getMessage());
        }
    }

    private void submit() {
        LearningViews.orExplain(() -> refreshers.submit(currentUser.id(), refresherId, attemptId)).ifPresent(result ->
                showSteps(refreshers.progress(currentUser.id(), refresherId),
                        getTranslation("refresher.score", result.attempt().percent())));
    }

    /** Passed: the new certificate once certification has issued it (it follows the refresher by an event). */
    private Div done(RefresherProgress progress) {
        var done = new Div(new Paragraph(getTranslation("refresher.done")));
        done.setId("refresher-done");
        done.addClassNames("pc-notice", "pc-passed");
        renewals.renewalOf(currentUser.id(), progress.certificateId()).ifPresentOrElse(newId -> {
            var verify = new Anchor("verify/" + newId, getTranslation("refresher.newCertificate", newId));
            verify.setId("refresher-new-certificate");
            done.add(new Paragraph(verify));
        }, () -> {
            done.add(new Paragraph(getTranslation("refresher.issuing")));
            pollUntilIssued(progress);
        });
        var certificates = new Anchor("certificates", getTranslation("refresher.certificates"));
        certificates.setId("refresher-certificates");
        done.add(new Paragraph(certificates));
        return done;
    }

    /** Issuing runs after the refresher's transaction: look again every few seconds until the certificate is there. */
    private void pollUntilIssued(RefresherProgress progress) {
        UI ui = UI.getCurrent();
        if (ui == null || poll != null) {
            return;
        }
        ui.setPollInterval(3000);
        poll = ui.addPollListener(tick -> {
            if (renewals.renewalOf(currentUser.id(), progress.certificateId()).isPresent()) {
                stopPolling(ui);
                showSteps(progress, null);
            }
        });
    }

    private void stopPolling(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
            ui.setPollInterval(-1);
        }
    }
}
