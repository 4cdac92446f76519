package org.peercert.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.function.Supplier;
import org.peercert.account.AccountSecurity;
import org.peercert.account.CurrentUser;
import org.peercert.account.RequestClient;
import org.peercert.assessment.AttemptSummary;
import org.peercert.learning.CourseHome;
import org.peercert.learning.CourseHome.ModuleProgress;
import org.peercert.learning.CourseHome.NextStep;
import org.peercert.learning.CourseHome.StepStatus;
import org.peercert.learning.LearningException;
import org.peercert.learning.LearningService;
import org.peercert.learning.RenewalOffers;
import org.peercert.practice.PracticeStanding;
import org.jspecify.annotations.Nullable;

/** The course home: modules in order with their status, overall progress and "continue where I left off". */
@Route("learn/:enrollment([0-9]{1,18})")
@PageTitle("Course · PeerCert")
@PermitAll
public class CourseHomeView extends Div implements BeforeEnterObserver {

    private final LearningService learning;
    private final CurrentUser currentUser;
    private final AccountSecurity security;
    private final RenewalOffers renewals;
    private long enrollmentId;
    private @Nullable CourseHome home;

    CourseHomeView(LearningService learning, CurrentUser currentUser, AccountSecurity security, RenewalOffers renewals) {
        this.learning = learning;
        this.renewals = renewals;
        this.currentUser = currentUser;
        this.security = security;
        addClassName("pc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        enrollmentId = LearningViews.param(event, "enrollment");
        try {
            show(learning.home(currentUser.id(), enrollmentId));
        } catch (LearningException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    /** The journey starts before the address is confirmed; the certificate waits for it. */
    private Component confirmEmailBanner(long userId) {
        var sent = new Span();
        sent.setId("home-confirm-email-sent");
        var resend = new Button(getTranslation("home.confirm-email.resend"), click -> sent.setText(getTranslation(
                security.requestVerification(userId, RequestClient.current()) ? "home.confirm-email.sent" : "mail.limit")));
        resend.setId("home-confirm-email-resend");
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var banner = new Div(new Paragraph(getTranslation("home.confirm-email")), resend, sent);
        banner.setId("home-confirm-email");
        banner.addClassName("pc-notice");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    private void show(CourseHome home) {
        this.home = home;
        removeAll();
        add(new H1(home.course().title()));
        currentUser.account().filter(user -> !user.isEmailVerified()).ifPresent(user -> add(confirmEmailBanner(user.getId())));
        var bar = new ProgressBar(0, 100, home.percentDone());
        bar.getElement().setAttribute("aria-label", getTranslation("learn.progress", home.percentDone()));
        var summary = new Paragraph(home.completed() ? getTranslation("home.summary.completed", home.percentDone()) // not "about 0 minutes left"
                : getTranslation("home.summary", home.percentDone(), home.minutesLeft()));
        summary.setId("home-summary");
        add(summary, bar, continueButton(home.next()), left(home));

        add(step(getTranslation("home.pre.title"), getTranslation("home.pre.text"), home.preTest(), "pre-test",
                () -> learning.startPreTest(currentUser.id(), enrollmentId)));
        for (int i = 0; i < home.modules().size(); i++) {
            add(module(i + 1, home.modules().get(i)));
        }
        add(step(getTranslation("home.post.title"), getTranslation("home.post.text"), home.postTest(), "post-test",
                () -> learning.startPostTest(currentUser.id(), enrollmentId)));
        var practiceScores = learning.practiceScores(currentUser.id(), enrollmentId);
        if (!practiceScores.isEmpty()) {
            var list = new UnorderedList();
            practiceScores.forEach((title, percent) -> list.add(new ListItem(getTranslation("practice.home.score", title, percent))));
            var card = new Div(new H2(getTranslation("practice.home.scores")), new Paragraph(getTranslation("practice.home.scores.text")), list);
            card.addClassName("pc-step");
            card.setId("home-practice-scores");
            add(card);
        }
        if (home.completed()) {
            var results = new Anchor(LearningViews.enrollmentPath(enrollmentId) + "/results", getTranslation("home.results"));
            results.addClassName("pc-cta");
            results.setId("home-results");
            // the certificate is issued on completion (once the email is confirmed) and listed there
            var certificate = new Anchor("certificates", getTranslation("results.certificate"));
            certificate.setId("home-certificate");
            var done = new Div(results, certificate);
            done.addClassName("pc-home-done");
            add(done);
            renewals.openFor(currentUser.id(), enrollmentId).ifPresent(expiresOn -> add(renewalOffer(expiresOn,
                    renewals.startedRefresherFor(currentUser.id(), enrollmentId).orElse(null))));
        }
    }

    /** The certificate's renewal window is open: the refresher starts from the certificate page, and once started opens here. */
    private Component renewalOffer(java.time.LocalDate expiresOn, @Nullable Long refresherId) {
        var dates = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(getLocale());
        var renew = refresherId == null ? new Anchor("certificates", getTranslation("home.renewal.link"))
                : new Anchor(RefresherView.path(refresherId), getTranslation("home.renewal.continue"));
        renew.setId("home-renewal-link");
        renew.addClassName("pc-cta");
        var offer = new Div(new Paragraph(getTranslation("home.renewal", dates.format(expiresOn))), renew);
        offer.addClassName("pc-notice");
        offer.setId("home-renewal");
        return offer;
    }

    /** Exactly what stands between the trainee and the certificate, the confirmed email included. */
    private Component left(CourseHome home) {
        var list = new UnorderedList();
        list.setId("home-left-list");
        for (CourseHome.Left item : home.left()) {
            int number = item.moduleKey() == null ? 0 : 1 + home.modules().stream().map(m -> m.module().key()).toList().indexOf(item.moduleKey());
            list.add(new ListItem(getTranslation("home.left." + item.kind().name(), item.count(), number)));
        }
        boolean unconfirmed = currentUser.account().filter(user -> !user.isEmailVerified()).isPresent();
        if (unconfirmed) {
            list.add(new ListItem(getTranslation("home.left.EMAIL")));
        }
        var card = new Div(new H2(getTranslation("home.left.title")),
                list.getChildren().findAny().isPresent() ? list : new Paragraph(getTranslation("home.left.none")));
        card.addClassName("pc-step");
        card.setId("home-left");
        return card;
    }

    private Component continueButton(NextStep next) {
        var button = new Button(getTranslation("home.continue." + next.kind().name()), click -> go(next));
        button.setId("home-continue");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.setEnabled(next.kind() != NextStep.Kind.ASK_TRAINER);
        return button;
    }

    private void go(NextStep next) {
        switch (next.kind()) {
            case PRE_TEST -> open(() -> learning.startPreTest(currentUser.id(), enrollmentId));
            case POST_TEST -> open(() -> learning.startPostTest(currentUser.id(), enrollmentId));
            case QUIZ -> open(() -> learning.startQuiz(currentUser.id(), enrollmentId, next.moduleKey()));
            case PRACTICE -> {
                if (home != null) {
                    home.modules().stream().filter(m -> m.module().key().equals(next.moduleKey())).findFirst()
                            .flatMap(ModuleProgress::nextPractice).ifPresent(p -> openPractice(p.practiceKey()));
                }
            }
            case LESSON -> navigate(LearningViews.enrollmentPath(enrollmentId) + "/lesson/" + next.lessonId());
            case RESULTS -> navigate(LearningViews.enrollmentPath(enrollmentId) + "/results");
            case ASK_TRAINER -> { }
        }
    }

    private void open(Supplier<AttemptSummary> start) {
        LearningViews.orExplain(start).ifPresent(a -> navigate(LearningViews.attemptPath(enrollmentId, a.id())));
    }

    private void openPractice(String practiceKey) {
        LearningViews.orExplain(() -> learning.startPractice(currentUser.id(), enrollmentId, practiceKey))
                .ifPresent(a -> navigate(LearningViews.enrollmentPath(enrollmentId) + "/practice/" + a.id()));
    }

    private void navigate(String path) {
        getUI().ifPresent(ui -> ui.navigate(path));
    }

    private Component step(String title, String text, StepStatus status, String id, Supplier<AttemptSummary> start) {
        var card = new Div(new H2(title), badge("status." + status.name()), new Paragraph(text));
        card.addClassName("pc-step");
        card.setId(id);
        if (status == StepStatus.AVAILABLE || status == StepStatus.IN_PROGRESS) {
            var button = new Button(getTranslation(status == StepStatus.AVAILABLE ? "home.start" : "home.resume"), click -> open(start));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(button);
        }
        return card;
    }

    private Component module(int number, ModuleProgress m) {
        var card = new Div();
        card.addClassName("pc-step");
        card.setId("module-" + m.module().key());
        card.add(new Span(getTranslation("catalog.module.number", number)), new H2(m.module().title()),
                badge("module." + m.status().name()));
        if (m.status() == CourseHome.ModuleStatus.LOCKED) {
            card.add(new Paragraph(getTranslation("home.locked")));
            return card;
        }
        var lessons = new UnorderedList();
        lessons.addClassName("pc-lessons");
        m.module().lessons().forEach(l -> {
            var link = new Anchor(LearningViews.enrollmentPath(enrollmentId) + "/lesson/" + l.id(), l.title());
            var item = new ListItem(link, new Span(" · " + getTranslation("home.minutes", l.minutes())));
            if (m.lessonDone(l.id())) {
                item.add(new Span(" ✓ " + getTranslation("home.done")));
                item.addClassName("pc-done");
            }
            lessons.add(item);
        });
        card.add(lessons);
        String best = m.bestPercent() == null ? "" : getTranslation("home.best", m.bestPercent(), m.module().passMark());
        String tries = m.module().maxAttempts() == 0 ? "" : getTranslation("home.attempts", m.attemptsUsed(), m.module().maxAttempts());
        card.add(new Paragraph(getTranslation("home.quiz", m.module().passMark()) + " " + best + " " + tries));
        if (m.status() == CourseHome.ModuleStatus.NO_ATTEMPTS_LEFT) {
            card.add(new Paragraph(getTranslation("home.askTrainer")));
        } else {
            var quiz = new Button(getTranslation(m.quizInProgress() ? "home.quiz.resume"
                    : m.status() == CourseHome.ModuleStatus.PASSED ? "home.quiz.again" : "home.quiz.start"),
                    click -> open(() -> learning.startQuiz(currentUser.id(), enrollmentId, m.module().key())));
            quiz.setId("quiz-" + m.module().key());
            card.add(quiz);
        }
        m.practices().forEach(p -> card.add(practice(p)));
        return card;
    }

    /** A skill practice of the module: done with the counting score, in progress, or not started. */
    private Component practice(PracticeStanding p) {
        String state = p.done() ? getTranslation("practice.home.done", p.countedPercent())
                : getTranslation(p.openAttemptId() != null ? "practice.home.inProgress" : "practice.home.todo");
        var button = new Button(getTranslation(p.openAttemptId() != null ? "practice.home.resume"
                : p.done() ? "practice.home.replay" : "practice.home.start"), click -> openPractice(p.practiceKey()));
        button.setId("practice-start-" + p.practiceKey());
        var item = new Div(new Span(getTranslation("practice.kind." + p.kind())), new H3(p.title()), new Paragraph(state), button);
        item.addClassName("pc-practice-item");
        item.setId("practice-" + p.practiceKey());
        return item;
    }

    private Span badge(String key) {
        var badge = new Span(getTranslation(key));
        badge.addClassName("pc-badge");
        return badge;
    }
}
