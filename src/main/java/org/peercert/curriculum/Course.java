package org.peercert.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A course across all its versions, identified by the id in course.yaml (e.g. {@code dpsc}). */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_key", nullable = false, unique = true)
    private String key;

    @Column(nullable = false)
    private String title;

    protected Course() {
        this.key = "";
        this.title = "";
    }

    public Course(String key, String title) {
        this.key = key;
        this.title = title;
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

    void setTitle(String title) {
        this.title = title;
    }
}
