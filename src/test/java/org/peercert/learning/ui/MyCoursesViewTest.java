package org.peercert.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;

@PeerCertTest
class MyCoursesViewTest extends TraineeUiTest {

    private Div courseCard(String title) {
        return findInView(Div.class).withClassName("pc-course").all().stream()
                .filter(card -> find(H2.class, card).single().getText().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void newTraineeSeesTheDpscCourseWithAnEnrollButton() {
        signInNewTrainee();
        navigate(MyCoursesView.class);

        Div card = courseCard("Digital Peer Support Certification");
        Button enroll = find(Button.class, card).withId("enroll-dpsc").single();
        assertThat(enroll.getText()).isEqualTo("Enroll and start");
        assertThat(find(ProgressBar.class, card).all()).isEmpty();
    }

    @Test
    void enrollingOpensTheCourseHomeOfTheNewEnrollment() {
        long user = signInNewTrainee();
        navigate(MyCoursesView.class);

        test(findInView(Button.class).withId("enroll-dpsc").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CourseHomeView.class);
        var enrollments = learning.enrollments(user);
        assertThat(enrollments).hasSize(1);
        assertThat(enrollments.getFirst().courseTitle()).isEqualTo("Digital Peer Support Certification");
    }

    @Test
    void enrolledCourseShowsItsProgressAndContinuesInsteadOfOfferingToEnroll() {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment);
        int percent = home(user, enrollment).percentDone();
        assertThat(percent).isPositive();

        navigate(MyCoursesView.class);

        Div card = courseCard("Digital Peer Support Certification");
        assertThat(find(Paragraph.class, card).single().getText()).isEqualTo(percent + "% done");
        assertThat(find(ProgressBar.class, card).single().getValue()).isEqualTo(percent);
        assertThat(findInView(Button.class).withId("enroll-dpsc").all()).isEmpty();
        Button open = find(Button.class, card).single();
        assertThat(open.getText()).isEqualTo("Continue");

        test(open).click();
        assertThat(getCurrentView()).isInstanceOfSatisfying(CourseHomeView.class,
                view -> assertThat(find(com.vaadin.flow.component.html.H1.class, view).single().getText())
                        .isEqualTo("Digital Peer Support Certification"));
        assertThat(learning.enrollments(user)).hasSize(1);
    }
}
