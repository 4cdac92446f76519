package org.peercert.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peercert.assessment.bank.StoredDefinitions;
import org.peercert.assessment.bank.StoredQuestion;
import org.peercert.assessment.bank.StoredQuestionRepository;
import org.peercert.fields.Fields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions of each course version, grouped in quizzes: one per module (keyed by module id) and
 * the pre/post instrument ({@link #INSTRUMENT}). Written once when a course version is loaded.
 */
@Service
public class QuestionBank {

    /** Quiz key of the pre/post competency instrument. */
    public static final String INSTRUMENT = "_instrument";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final QuestionFormat FORMAT = QuestionFormat.stored();

    private final StoredQuestionRepository questions;
    private final Map<String, List<QuestionDefinition>> cache = new ConcurrentHashMap<>();

    QuestionBank(StoredQuestionRepository questions) {
        this.questions = questions;
    }

    @Transactional
    public void store(long courseVersionId, String quizKey, List<QuestionDefinition> quiz) {
        List<StoredQuestion> rows = new ArrayList<>();
        for (int i = 0; i < quiz.size(); i++) {
            QuestionDefinition q = quiz.get(i);
            rows.add(new StoredQuestion(courseVersionId, quizKey, i, q.id(), q.type(), q.competency(), q.points(),
                    JSON.writeValueAsString(FORMAT.write(q))));
        }
        questions.saveAll(rows);
    }

    /**
     * The questions of a quiz, in authored order. Cached: a loaded course version never changes. No transaction
     * here: a cache hit (every autosave) must not cost a transaction's round trips; a miss is one repository read.
     */
    public List<QuestionDefinition> quiz(long courseVersionId, String quizKey) {
        String key = courseVersionId + "/" + quizKey;
        List<QuestionDefinition> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        List<QuestionDefinition> quiz = questions.findByCourseVersionIdAndQuizKeyOrderByPosition(courseVersionId, quizKey)
                .stream().map(row -> read(row.getDefinition())).toList();
        if (!quiz.isEmpty()) {
            cache.put(key, quiz);
        }
        return quiz;
    }

    /**
     * A stored definition: the question in the curriculum format, or the one-shape-for-all form stored before
     * (see {@link StoredDefinitions}). Validated when its course was loaded, so it is read as trusted.
     */
    static QuestionDefinition read(String json) {
        Map<?, ?> stored = JSON.readValue(json, Map.class);
        return FORMAT.read(Fields.trusted(StoredDefinitions.isLegacy(stored) ? StoredDefinitions.upgrade(stored) : stored));
    }

    @Transactional(readOnly = true)
    public long count(long courseVersionId, String quizKey) {
        return questions.countByCourseVersionIdAndQuizKey(courseVersionId, quizKey);
    }
}
