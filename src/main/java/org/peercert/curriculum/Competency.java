package org.peercert.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A competency of a course version; pre/post scores are reported per competency. */
@Entity
@Table(name = "competency")
public class Competency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    private int position;

    @Column(name = "competency_key")
    private String key;

    private String title;
    private String description;

    @SuppressWarnings("NullAway.Init")
    protected Competency() {}

    Competency(CourseVersion courseVersion, int position, String key, String title, String description) {
        this.courseVersion = courseVersion;
        this.position = position;
        this.key = key;
        this.title = title;
        this.description = description;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }
}
