package org.peercert.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A practice of one course version, with its validated file as JSON. */
@Entity
@Table(name = "practice")
class StoredPractice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long courseVersionId;
    private String moduleKey;
    private int position;

    @Column(name = "practice_key")
    private String key;

    private String kind;
    private String title;
    private String definition;

    @SuppressWarnings("NullAway.Init")
    protected StoredPractice() {}

    StoredPractice(long courseVersionId, String moduleKey, int position, String key, String kind, String title, String definition) {
        this.courseVersionId = courseVersionId;
        this.moduleKey = moduleKey;
        this.position = position;
        this.key = key;
        this.kind = kind;
        this.title = title;
        this.definition = definition;
    }

    String moduleKey() {
        return moduleKey;
    }

    String key() {
        return key;
    }

    String definition() {
        return definition;
    }
}
