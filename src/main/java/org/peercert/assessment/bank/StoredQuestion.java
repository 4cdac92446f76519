package org.peercert.assessment.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A question of one course version, with its full definition as JSON. Key columns (id, type,
 * competency) are separate so item analysis can query them across versions.
 */
@Entity
@Table(name = "question")
public class StoredQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long courseVersionId;
    private String quizKey;
    private int position;

    @Column(name = "question_key")
    private String key;

    private String type;
    private String competencyKey;
    private int points;
    private String definition;

    @SuppressWarnings("NullAway.Init")
    protected StoredQuestion() {}

    public StoredQuestion(long courseVersionId, String quizKey, int position, String key, String type,
            String competencyKey, int points, String definition) {
        this.courseVersionId = courseVersionId;
        this.quizKey = quizKey;
        this.position = position;
        this.key = key;
        this.type = type;
        this.competencyKey = competencyKey;
        this.points = points;
        this.definition = definition;
    }

    public String getDefinition() {
        return definition;
    }

    public String getKey() {
        return key;
    }
}
