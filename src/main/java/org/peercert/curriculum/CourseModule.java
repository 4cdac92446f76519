package org.peercert.curriculum;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.ReviewOption;
import org.peercert.curriculum.internal.LinesConverter;

/** A module of a course version (named so to avoid clashing with {@code java.lang.Module}). */
@Entity
@Table(name = "course_module")
public class CourseModule {

    /** The authored fields of a module. */
    public record Details(String key, String title, String summary, List<String> objectives,
            List<String> competencies, int estimatedMinutes, int passMark, int maxAttempts, ReviewOption quizReview) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    private int position;

    @Column(name = "module_key")
    private String key;

    private String title;
    private String summary;

    @Convert(converter = LinesConverter.class)
    private List<String> objectives;

    @Convert(converter = LinesConverter.class)
    private List<String> competencies;

    private int estimatedMinutes;
    private int passMark;
    private int maxAttempts;

    @Enumerated(EnumType.STRING)
    private ReviewOption quizReview = ReviewOption.IMMEDIATELY;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    protected CourseModule() {}

    CourseModule(CourseVersion courseVersion, int position, Details details) {
        this.courseVersion = courseVersion;
        this.position = position;
        this.key = details.key();
        this.title = details.title();
        this.summary = details.summary();
        this.objectives = List.copyOf(details.objectives());
        this.competencies = List.copyOf(details.competencies());
        this.estimatedMinutes = details.estimatedMinutes();
        this.passMark = details.passMark();
        this.maxAttempts = details.maxAttempts();
        this.quizReview = details.quizReview();
    }

    public void addLesson(String slug, String lessonTitle, int minutes, String markdown) {
        lessons.add(new Lesson(this, lessons.size(), slug, lessonTitle, minutes, markdown));
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public List<String> getCompetencies() {
        return competencies;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public int getPassMark() {
        return passMark;
    }

    /** 0 means unlimited attempts. */
    public int getMaxAttempts() {
        return maxAttempts;
    }

    public ReviewOption getQuizReview() {
        return quizReview;
    }

    public int getPosition() {
        return position;
    }

    public List<Lesson> getLessons() {
        return Collections.unmodifiableList(lessons);
    }
}
