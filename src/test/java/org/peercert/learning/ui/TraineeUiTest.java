package org.peercert.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.internal.nodefeature.TextNodeMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.peercert.TestUsers;
import org.peercert.ui.NotFoundView;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptResult;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.QuestionBank;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.learning.CourseHome;
import org.peercert.learning.LearningService;
import org.peercert.practice.PracticeRuns;
import org.peercert.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the learning view tests: a freshly registered trainee signed in for real (the views look the
 * account up by the principal's email), plus shortcuts that drive the journey through the services.
 * Subclasses carry {@code @PeerCertTest} so every test shares the one Spring context.
 */
abstract class TraineeUiTest extends SpringBrowserlessTest {

    static final String COURSE = "dpsc";

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    PracticeService practices;

    /** Registers a new trainee and signs in as them; the browserless request reads this context. */
    long signInNewTrainee() {
        String email = TestUsers.uniqueEmail();
        long id = accounts.registerTrainee(new Registration("Sam Rivera", email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        signInAs(email);
        return id;
    }

    static void signInAs(String email) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_TRAINEE"))));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void go(String route) {
        UI.getCurrent().navigate(route);
    }

    /**
     * Opening the route shows the not-found page instead of the view, without the internal reason (which may
     * say whose the content is): the same page as for an address that does not exist.
     */
    void assertRefused(String route, String internalReason) {
        go(route);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(((Component) getCurrentView()).getElement().getOuterHTML()).doesNotContain(internalReason);
    }

    /** Answers the first {@code correctCount} questions right through the service, leaves the rest blank, submits. */
    AttemptResult take(long user, long enrollment, long attemptId, int correctCount) {
        AttemptSheet sheet = learning.sheet(user, enrollment, attemptId);
        AnswerKey.answerAll(sheet, quiz(sheet), correctCount, (key, answer) -> learning.saveAnswer(user, attemptId, key, answer));
        return learning.submit(user, enrollment, attemptId);
    }

    List<QuestionDefinition> quiz(AttemptSheet sheet) {
        return questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey());
    }

    /** As {@link #take}, but answers every question: the first {@code correctCount} right, the rest wrong. */
    AttemptResult takeAnsweringEvery(long user, long enrollment, long attemptId, int correctCount) {
        AttemptSheet sheet = learning.sheet(user, enrollment, attemptId);
        AnswerKey.answerEvery(sheet, quiz(sheet), correctCount, (key, answer) -> learning.saveAnswer(user, attemptId, key, answer));
        return learning.submit(user, enrollment, attemptId);
    }

    void submitPreTest(long user, long enrollment) {
        take(user, enrollment, learning.startPreTest(user, enrollment).id(), 10);
    }

    /**
     * Reads every lesson of the module, passes its quiz and finishes its skill practices: what the completion
     * rule asks of each module.
     */
    void passModule(long user, long enrollment, String moduleKey) {
        home(user, enrollment).course().module(moduleKey).orElseThrow().lessons()
                .forEach(l -> learning.markLessonDone(user, enrollment, l.id()));
        take(user, enrollment, learning.startQuiz(user, enrollment, moduleKey).id(), Integer.MAX_VALUE);
        PracticeRuns.finishModule(learning, practices, user, enrollment, moduleKey);
    }

    CourseHome home(long user, long enrollment) {
        return learning.home(user, enrollment);
    }

    /** Every text, attribute and property (name and value) of every node under the UI, virtual children included. */
    static List<String> clientStrings() {
        List<String> out = new ArrayList<>();
        collect(UI.getCurrent().getElement().getNode(), out);
        return out;
    }

    private static void collect(StateNode node, List<String> out) {
        if (node.hasFeature(ElementData.class) || node.hasFeature(TextNodeMap.class)) {
            Element e = Element.get(node);
            if (e.isTextNode()) {
                out.add(e.getText());
            } else {
                out.add("<" + e.getTag());
                e.getAttributeNames().forEach(name -> out.add("@" + name + "=" + e.getAttribute(name)));
                e.getPropertyNames().forEach(name -> out.add("." + name + "=" + e.getPropertyRaw(name)));
            }
        }
        node.forEachChild(child -> collect(child, out));
    }
}
