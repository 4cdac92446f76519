package org.peercert.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A lesson page; its Markdown is rendered and sanitised when shown. */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_module_id")
    private CourseModule module;

    private int position;
    private String slug;
    private String title;
    private int minutes;
    private String markdown;

    @SuppressWarnings("NullAway.Init")
    protected Lesson() {}

    Lesson(CourseModule module, int position, String slug, String title, int minutes, String markdown) {
        this.module = module;
        this.position = position;
        this.slug = slug;
        this.title = title;
        this.minutes = minutes;
        this.markdown = markdown;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getMarkdown() {
        return markdown;
    }

    public int getPosition() {
        return position;
    }
}
