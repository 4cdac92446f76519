package org.peercert.practice;

import java.util.ArrayList;
import org.peercert.fields.Fields;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The practices of each course version, written once when the version is loaded and read back through
 * their kinds. Cached: a loaded course version never changes.
 */
@Service
public class PracticeLibrary {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoredPracticeRepository stored;
    private final Map<Long, List<Practice>> cache = new ConcurrentHashMap<>();

    PracticeLibrary(StoredPracticeRepository stored) {
        this.stored = stored;
    }

    /** Stores the practices of one module (called by the curriculum loader, in its transaction). */
    @Transactional
    public void store(long courseVersionId, String moduleKey, List<PracticeDefinition> practices) {
        int base = (int) stored.count(); // positions only order within a version; gaps are harmless
        List<StoredPractice> rows = new ArrayList<>();
        for (int i = 0; i < practices.size(); i++) {
            PracticeDefinition p = practices.get(i);
            rows.add(new StoredPractice(courseVersionId, moduleKey, base + i, p.id(), p.kind(), p.title(), JSON.writeValueAsString(p)));
        }
        stored.saveAll(rows);
    }

    /** Every practice of the version, in course order. */
    @Transactional(readOnly = true)
    public List<Practice> practices(long courseVersionId) {
        List<Practice> cached = cache.get(courseVersionId);
        if (cached != null) {
            return cached;
        }
        List<Practice> loaded = stored.findByCourseVersionIdOrderByPosition(courseVersionId).stream().map(PracticeLibrary::load).toList();
        if (!loaded.isEmpty()) {
            cache.put(courseVersionId, loaded);
        }
        return loaded;
    }

    public Practice practice(long courseVersionId, String practiceKey) {
        return practices(courseVersionId).stream().filter(p -> p.key().equals(practiceKey)).findFirst()
                .orElseThrow(() -> new PracticeException("No such practice in this course."));
    }

    private static Practice load(StoredPractice row) {
        PracticeDefinition definition = JSON.readValue(row.definition(), PracticeDefinition.class);
        PracticeKind<?> kind = PracticeKinds.standard().require(definition.kind());
        // validated when loaded; problems here would mean the stored file changed, which never happens
        Object content = kind.read(Fields.trusted(definition.source()), definition.rubric());
        return new Practice(row.moduleKey(), definition, kind, content);
    }
}
