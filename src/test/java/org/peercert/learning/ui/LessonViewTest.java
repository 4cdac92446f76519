package org.peercert.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.curriculum.CourseStructure.LessonInfo;

@PeerCertTest
class LessonViewTest extends TraineeUiTest {

    private long user;
    private long enrollment;

    /** A new trainee who has taken the pre-test, so module 1 is open. */
    private List<LessonInfo> moduleOneLessons() {
        user = signInNewTrainee();
        enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment);
        return home(user, enrollment).modules().getFirst().module().lessons();
    }

    private LessonView open(LessonInfo lesson) {
        go(LearningViews.enrollmentPath(enrollment) + "/lesson/" + lesson.id());
        assertThat(getCurrentView()).isInstanceOf(LessonView.class);
        return (LessonView) getCurrentView();
    }

    private boolean done(LessonInfo lesson) {
        return home(user, enrollment).modules().stream().anyMatch(m -> m.lessonDone(lesson.id()));
    }

    @Test
    void lessonRendersItsMarkdownAsSanitisedHtml() {
        LessonInfo lesson = moduleOneLessons().getFirst();

        LessonView view = open(lesson);

        assertThat(find(H1.class, view).single().getText()).isEqualTo(lesson.title());
        String html = find(Html.class, view).single().getInnerHtml();
        assertThat(html).containsAnyOf("<h2>", "<p>");
        assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "onerror=", "onclick=");
        assertThat(html).doesNotContain("## ").doesNotContain("**");
        assertThat(done(lesson)).as("opening a lesson does not mark it done").isFalse();
    }

    @Test
    void doneButtonMarksTheLessonDoneAndOpensTheNextLesson() {
        List<LessonInfo> lessons = moduleOneLessons();
        LessonView view = open(lessons.get(0));

        test(view.done).click();

        assertThat(done(lessons.get(0))).isTrue();
        assertThat(done(lessons.get(1))).isFalse();
        assertThat(getCurrentView()).isInstanceOfSatisfying(LessonView.class,
                next -> assertThat(find(H1.class, next).single().getText()).isEqualTo(lessons.get(1).title()));
    }

    @Test
    void doneLessonAfterLessonMarksOnlyTheLessonShownEachTime() {
        List<LessonInfo> lessons = moduleOneLessons();
        assertThat(lessons).hasSizeGreaterThanOrEqualTo(3);
        LessonView first = open(lessons.get(0));

        test(first.done).click();
        LessonView second = (LessonView) getCurrentView();
        test(second.done).click();

        assertThat(done(lessons.get(0))).isTrue();
        assertThat(done(lessons.get(1))).isTrue();
        assertThat(done(lessons.get(2))).as("the third lesson is only shown, not read").isFalse();
        assertThat(getCurrentView()).isInstanceOfSatisfying(LessonView.class,
                third -> assertThat(find(H1.class, third).single().getText()).isEqualTo(lessons.get(2).title()));
    }

    @Test
    void doneOnTheLastLessonOfAModuleReturnsToTheCourseHome() {
        List<LessonInfo> lessons = moduleOneLessons();
        LessonView view = open(lessons.getLast());

        test(view.done).click();

        assertThat(done(lessons.getLast())).isTrue();
        assertThat(getCurrentView()).isInstanceOf(CourseHomeView.class);
    }

    @Test
    void readingToTheEndMarksTheLessonDoneWithoutLeavingIt() {
        List<LessonInfo> lessons = moduleOneLessons();
        LessonView view = open(lessons.get(1));

        view.readToEnd();
        view.readToEnd(); // the browser may report twice: still one record, no error

        assertThat(done(lessons.get(1))).isTrue();
        assertThat(done(lessons.get(0))).isFalse();
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void lessonOfALockedModuleIsRefused() {
        moduleOneLessons();
        var second = home(user, enrollment).modules().get(1);
        LessonInfo locked = second.module().lessons().getFirst();

        assertRefused(LearningViews.enrollmentPath(enrollment) + "/lesson/" + locked.id(), "opens when you pass the one before it");
        assertThat(getCurrentView()).isNotInstanceOf(LessonView.class);
        assertThat(done(locked)).isFalse();
    }

    @Test
    void beforeThePreTestEvenModuleOneLessonsAreRefused() {
        user = signInNewTrainee();
        enrollment = learning.enroll(user, COURSE);
        LessonInfo first = home(user, enrollment).modules().getFirst().module().lessons().getFirst();

        assertRefused(LearningViews.enrollmentPath(enrollment) + "/lesson/" + first.id(), "competency check first");
        assertThat(getCurrentView()).isNotInstanceOf(LessonView.class);
    }
}
