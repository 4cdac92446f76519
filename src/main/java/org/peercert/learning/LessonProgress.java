package org.peercert.learning;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A lesson a trainee has finished (read to the end, or marked done). */
@Entity
@Table(name = "lesson_progress")
class LessonProgress {

    @Embeddable
    static class Key implements Serializable {
        private long enrollmentId;
        private long lessonId;

        protected Key() {}

        Key(long enrollmentId, long lessonId) {
            this.enrollmentId = enrollmentId;
            this.lessonId = lessonId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.enrollmentId == enrollmentId && k.lessonId == lessonId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrollmentId, lessonId);
        }
    }

    @EmbeddedId
    private Key key;

    private Instant completedAt;

    @SuppressWarnings("NullAway.Init")
    protected LessonProgress() {}

    LessonProgress(long enrollmentId, long lessonId, Instant completedAt) {
        this.key = new Key(enrollmentId, lessonId);
        this.completedAt = completedAt;
    }

    long lessonId() {
        return key.lessonId;
    }
}
