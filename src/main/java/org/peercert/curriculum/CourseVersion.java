package org.peercert.curriculum;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One loaded version of a course. Immutable once loaded: a changed course must carry a new version
 * number, and certificates record the version they were earned under.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    private String version;
    private String contentHash;
    private String title;
    private String summary;
    private String locale;
    private BigDecimal ceHours;
    private int validityMonths;
    private int modulePassMark;
    private boolean postTestRequired;
    private boolean everyLessonRead;
    private boolean everyPostItemAnswered;
    private int postTestMinPercent;
    private int liveSessionsRequired;
    private BigDecimal liveHours;
    private String instrumentTitle;
    private String instrumentInstructions;
    private Instant loadedAt;
    private @Nullable Integer renewalOpensDaysBefore;
    /** The refresher's module keys, comma-separated (module keys are lower-case letters, digits and dashes). */
    private @Nullable String renewalModules;

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Competency> competencies = new ArrayList<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    protected CourseVersion() {}

    public CourseVersion(Course course, String version, String contentHash, String title, String summary, String locale,
            BigDecimal ceHours, BigDecimal liveHours, int validityMonths, int modulePassMark, CompletionRule completion,
            String instrumentTitle, String instrumentInstructions, Instant loadedAt) {
        this.course = course;
        this.version = version;
        this.contentHash = contentHash;
        this.title = title;
        this.summary = summary;
        this.locale = locale;
        this.ceHours = ceHours;
        this.validityMonths = validityMonths;
        this.modulePassMark = modulePassMark;
        this.postTestRequired = completion.postTestRequired();
        this.everyLessonRead = completion.everyLessonRead();
        this.everyPostItemAnswered = completion.everyPostItemAnswered();
        this.postTestMinPercent = completion.postTestMinPercent();
        this.liveSessionsRequired = completion.liveSessionsRequired();
        this.liveHours = liveHours;
        this.instrumentTitle = instrumentTitle;
        this.instrumentInstructions = instrumentInstructions;
        this.loadedAt = loadedAt;
    }

    public void addCompetency(String key, String competencyTitle, String description) {
        competencies.add(new Competency(this, competencies.size(), key, competencyTitle, description));
    }

    public CourseModule addModule(CourseModule.Details details) {
        var module = new CourseModule(this, modules.size(), details);
        modules.add(module);
        return module;
    }

    /** Set while the version is being loaded, from course.yaml {@code renewal}. */
    public void offerRenewal(RenewalPlan plan) {
        this.renewalOpensDaysBefore = plan.opensDaysBefore();
        this.renewalModules = String.join(",", plan.moduleKeys());
    }

    public java.util.Optional<RenewalPlan> getRenewal() {
        if (renewalOpensDaysBefore == null || renewalModules == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RenewalPlan(renewalOpensDaysBefore,
                renewalModules.isEmpty() ? List.of() : List.of(renewalModules.split(","))));
    }

    public @Nullable Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLocale() {
        return locale;
    }

    public BigDecimal getCeHours() {
        return ceHours;
    }

    public int getValidityMonths() {
        return validityMonths;
    }

    public int getModulePassMark() {
        return modulePassMark;
    }

    public boolean isPostTestRequired() {
        return postTestRequired;
    }

    public CompletionRule getCompletionRule() {
        return new CompletionRule(postTestRequired, everyLessonRead, everyPostItemAnswered, postTestMinPercent, liveSessionsRequired);
    }

    /** The live-session part of {@link #getCeHours()}; the rest is self-paced. */
    public BigDecimal getLiveHours() {
        return liveHours;
    }

    public String getInstrumentTitle() {
        return instrumentTitle;
    }

    public String getInstrumentInstructions() {
        return instrumentInstructions;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public List<Competency> getCompetencies() {
        return Collections.unmodifiableList(competencies);
    }

    public List<CourseModule> getModules() {
        return Collections.unmodifiableList(modules);
    }
}
