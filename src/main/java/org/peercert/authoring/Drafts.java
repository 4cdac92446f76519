package org.peercert.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseLoadOutcome;
import org.peercert.curriculum.CourseVersionFiles;
import org.peercert.curriculum.CurriculumLoader;
import org.peercert.curriculum.format.CourseTree;
import org.peercert.curriculum.format.CurriculumReadResult;
import org.peercert.curriculum.format.CurriculumReader;
import org.peercert.curriculum.format.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers' drafts: a tree of curriculum files in the database, read, validated and published by the same code
 * as {@code curriculum/} (an in-memory copy of the tree goes through {@link CurriculumReader} and
 * {@link CurriculumLoader}). Every method takes the acting account's id first and throws {@link AuthoringException};
 * a draft may be used by whoever may edit its course ({@link CourseEditors}).
 */
@Service
public class Drafts {

    /** The root name the reader puts in front of a draft's file names; stripped again for {@link DraftProblem}. */
    private static final String DISPLAY_ROOT = "draft";
    private static final Pattern COURSE_KEY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    private final DraftStore store;
    private final CourseEditors editors;
    private final AuditLog audit;
    private final CourseCatalog catalog;
    private final CourseVersionFiles versionFiles;
    private final CurriculumLoader loader;
    private final AccountService accounts;
    private final Clock clock;

    Drafts(DraftStore store, CourseEditors editors, AuditLog audit, CourseCatalog catalog, CourseVersionFiles versionFiles,
            CurriculumLoader loader, AccountService accounts, Clock clock) {
        this.store = store;
        this.editors = editors;
        this.audit = audit;
        this.catalog = catalog;
        this.versionFiles = versionFiles;
        this.loader = loader;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The drafts of every course the actor may edit, last changed first. */
    @Transactional(readOnly = true)
    public List<DraftSummary> visibleTo(long actorId) {
        editors.requireStaff(actorId);
        List<DraftStore.Draft> drafts = store.all().stream().filter(d -> editors.mayEdit(actorId, d.courseKey())).toList();
        Map<Long, String> names = names(drafts.stream().map(DraftStore.Draft::updatedBy).toList());
        return drafts.stream().map(d -> summary(d, names)).toList();
    }

    /** The published courses the actor may start a draft of. */
    @Transactional(readOnly = true)
    public List<EditableCourse> editableCourses(long actorId) {
        editors.requireStaff(actorId);
        return catalog.publishedCourses().stream().filter(c -> editors.mayEdit(actorId, c.courseKey()))
                .map(c -> new EditableCourse(c.courseKey(), c.title(), c.version())).toList();
    }

    /** A new draft holding a copy of the files of the course's newest published version. */
    @Transactional
    public long startFromLatest(long actorId, String courseKey) {
        editors.requireEditor(actorId, courseKey);
        var latest = catalog.publishedCourse(courseKey).orElseThrow(() -> AuthoringException.notFound("No published course '" + courseKey + "'."));
        SortedMap<String, byte[]> files = versionFiles.files(latest.versionId()).orElseThrow(() -> AuthoringException.invalid(
                "Version " + latest.version() + " of '" + courseKey + "' was loaded before course files were kept, and curriculum/ no longer"
                        + " has the same files: it cannot be drafted from. Put that version's folder back in curriculum/ and restart, or import a zip."));
        long draftId = store.create(courseKey, latest.title(), latest.versionId(), actorId, clock.instant(), files);
        audit.record(actorId, courseKey, draftId, AuditEntry.Action.START, null, "draft from version " + latest.version());
        return draftId;
    }

    /** A draft of a new course (a minimal valid course tree); the actor owns the course from now on. */
    @Transactional
    public long startNewCourse(long actorId, String courseKey, String title) {
        editors.requireStaff(actorId);
        String key = courseKey.strip();
        String name = title.strip();
        if (!COURSE_KEY.matcher(key).matches()) {
            throw AuthoringException.invalid("A course id uses lower-case letters, digits and dashes (at most 64), such as 'digital-peer-support'.");
        }
        if (name.isEmpty() || name.length() > 255) {
            throw AuthoringException.invalid("A course needs a title of at most 255 characters.");
        }
        requireNewKey(key);
        editors.makeOwner(actorId, key);
        long draftId = store.create(key, name, null, actorId, clock.instant(), NewCourseTemplate.files(key, name));
        audit.record(actorId, key, draftId, AuditEntry.Action.START, null, "new course '" + name + "'");
        return draftId;
    }

    /** Refuses a key that a published course, another new course's owner or a draft already has. */
    void requireNewKey(String courseKey) {
        if (catalog.publishedCourse(courseKey).isPresent() || editors.anyEditor(courseKey) || store.anyFor(courseKey)) {
            throw new AuthoringException(AuthoringException.Reason.CONFLICT, "The course id '" + courseKey + "' is taken: choose another.");
        }
    }

    @Transactional(readOnly = true)
    public DraftSummary summary(long actorId, long draftId) {
        DraftStore.Draft draft = require(actorId, draftId);
        return summary(draft, names(List.of(draft.updatedBy())));
    }

    /** The draft's files by '/'-separated path relative to the course root. */
    @Transactional(readOnly = true)
    public SortedMap<String, DraftFile> files(long actorId, long draftId) {
        require(actorId, draftId);
        List<DraftStore.FileRow> rows = store.files(draftId).stream().filter(f -> f.content() != null).toList();
        Map<Long, String> names = names(rows.stream().map(DraftStore.FileRow::updatedBy).toList());
        SortedMap<String, DraftFile> files = new TreeMap<>();
        rows.forEach(f -> files.put(f.path(), new DraftFile(f.path(), f.content(), f.revision(), names.get(f.updatedBy()), f.updatedAt())));
        return files;
    }

    /**
     * Saves one file; {@code expectedRevision} is the revision the editor loaded (0 for a new file). Returns the
     * file's new revision; a stale revision throws {@link DraftConflictException}. An invalid course may be saved
     * (see {@link #validate}); a path or size outside the rules may not.
     */
    @Transactional
    public long save(long actorId, long draftId, String path, byte[] content, long expectedRevision) {
        DraftPaths.require(path);
        DraftPaths.requireSize(path, content.length);
        DraftStore.Draft draft = requireLocked(actorId, draftId);
        long[] others = store.countAndSize(draftId, path);
        if (others[0] + 1 > DraftPaths.MAX_FILES) {
            throw AuthoringException.invalid("A course has at most " + DraftPaths.MAX_FILES + " files.");
        }
        if (others[1] + content.length > DraftPaths.MAX_DRAFT_BYTES) {
            throw AuthoringException.invalid("A course's files add up to at most 20 MB; this save would make it larger.");
        }
        Instant now = clock.instant();
        if (!store.write(draftId, path, content, expectedRevision, actorId, now)) {
            throw conflict(draftId, path);
        }
        store.touch(draftId, actorId, now, path.equals("course.yaml") ? CourseYaml.title(content).orElse(null) : null);
        audit.record(actorId, draft.courseKey(), draftId, AuditEntry.Action.SAVE, path, content.length + " bytes");
        return store.file(draftId, path).orElseThrow().revision();
    }

    @Transactional
    public void delete(long actorId, long draftId, String path, long expectedRevision) {
        DraftStore.Draft draft = requireLocked(actorId, draftId);
        if (store.file(draftId, path).filter(f -> f.content() != null).isEmpty() && expectedRevision == 0) {
            throw AuthoringException.notFound("The draft has no file " + path + ".");
        }
        Instant now = clock.instant();
        if (expectedRevision == 0 || !store.write(draftId, path, null, expectedRevision, actorId, now)) {
            throw conflict(draftId, path);
        }
        store.touch(draftId, actorId, now, null);
        audit.record(actorId, draft.courseKey(), draftId, AuditEntry.Action.DELETE, path, "deleted");
    }

    private AuthoringException conflict(long draftId, String path) {
        return store.file(draftId, path)
                .<AuthoringException>map(f -> new DraftConflictException(path, names(List.of(f.updatedBy())).get(f.updatedBy()), f.updatedAt()))
                .orElseGet(() -> AuthoringException.notFound("The draft has no file " + path + "."));
    }

    /** The curriculum validator's problems ({@code file:line}, paths relative to the course root); empty means publishable. */
    @Transactional(readOnly = true)
    public List<DraftProblem> validate(long actorId, long draftId) {
        DraftStore.Draft draft = require(actorId, draftId);
        return problems(draft, readTree(draft, liveFiles(draftId)));
    }

    /** The draft as the curriculum reader sees it (for previews); file names in its problems start with "draft/". */
    @Transactional(readOnly = true)
    public CurriculumReadResult read(long actorId, long draftId) {
        DraftStore.Draft draft = require(actorId, draftId);
        return readTree(draft, liveFiles(draftId));
    }

    /**
     * Publishes the draft as a new immutable version: refused with the problems while invalid; otherwise course.yaml's
     * version becomes the bump of the newest published version of the course (a new course keeps its own version),
     * the tree is imported by the loader as if it were a {@code curriculum/} folder, its files are stored with the
     * version, and the draft is closed. Trainees already enrolled stay on their version; new enrollments get this one.
     */
    @Transactional
    public PublishOutcome publish(long actorId, long draftId, VersionBump bump) {
        DraftStore.Draft draft = requireLocked(actorId, draftId);
        SortedMap<String, byte[]> files = liveFiles(draftId);
        List<DraftProblem> problems = problems(draft, readTree(draft, files));
        if (!problems.isEmpty()) {
            return new PublishOutcome(false, "", 0, problems);
        }
        var newest = catalog.publishedCourse(draft.courseKey());
        String version = newest.isPresent() ? VersionNumbers.bump(newest.get().version(), bump)
                : readTree(draft, files).course().version();
        files.put("course.yaml", VersionNumbers.withVersion(new String(files.get("course.yaml"), StandardCharsets.UTF_8), version)
                .getBytes(StandardCharsets.UTF_8));
        CourseLoadOutcome outcome;
        try (var tree = CourseTree.inMemory(files)) {
            outcome = loader.load(tree.root(), DISPLAY_ROOT);
        }
        if (outcome.status() != CourseLoadOutcome.Status.LOADED) {
            throw new AuthoringException(AuthoringException.Reason.CONFLICT, "Version " + version + " could not be published: "
                    + String.join("; ", outcome.messages()));
        }
        long versionId = catalog.courseVersion(draft.courseKey(), version).orElseThrow().versionId();
        audit.record(actorId, draft.courseKey(), draftId, AuditEntry.Action.PUBLISH, null,
                "published version " + version + " (" + bump.name().toLowerCase() + ") as course version #" + versionId);
        store.delete(draftId);
        return new PublishOutcome(true, version, versionId, List.of());
    }

    /** Files and questions changed against the version the draft was started from (everything is added for a new course). */
    @Transactional(readOnly = true)
    public DraftDiff diff(long actorId, long draftId) {
        DraftStore.Draft draft = require(actorId, draftId);
        SortedMap<String, byte[]> base = draft.basedOnVersionId() == null ? new TreeMap<>()
                : versionFiles.files(draft.basedOnVersionId()).orElseGet(TreeMap::new);
        SortedMap<String, byte[]> files = liveFiles(draftId);
        return DraftDiffer.diff(new DraftDiffer.Tree(base, base.isEmpty() ? null : readTree(draft, base).course()),
                new DraftDiffer.Tree(files, readTree(draft, files).course()));
    }

    @Transactional
    public void discard(long actorId, long draftId) {
        DraftStore.Draft draft = requireLocked(actorId, draftId);
        audit.record(actorId, draft.courseKey(), draftId, AuditEntry.Action.DISCARD, null, "discarded '" + draft.title() + "'");
        store.delete(draftId);
    }

    /** A new draft of the given files (an imported zip); {@link CourseArchives} has checked them and the actor's right. */
    long createImported(long actorId, String courseKey, @Nullable Long basedOnVersionId, SortedMap<String, byte[]> files, String detail) {
        String title = Optional.ofNullable(files.get("course.yaml")).flatMap(CourseYaml::title).orElse(courseKey);
        long draftId = store.create(courseKey, title, basedOnVersionId, actorId, clock.instant(), files);
        audit.record(actorId, courseKey, draftId, AuditEntry.Action.IMPORT, null, detail);
        return draftId;
    }

    // ---- reading the tree ----

    private SortedMap<String, byte[]> liveFiles(long draftId) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        store.files(draftId).stream().filter(f -> f.content() != null).forEach(f -> files.put(f.path(), f.content()));
        return files;
    }

    /** The tree read by the curriculum reader, with one more rule: course.yaml's id must stay the draft's course. */
    private static CurriculumReadResult readTree(DraftStore.Draft draft, SortedMap<String, byte[]> files) {
        CurriculumReadResult result;
        try (var tree = CourseTree.inMemory(files)) {
            result = CurriculumReader.read(tree.root(), DISPLAY_ROOT);
        }
        String id = result.valid() ? result.course().id()
                : Optional.ofNullable(files.get("course.yaml")).flatMap(CourseYaml::id).orElse(draft.courseKey());
        if (!id.equals(draft.courseKey())) {
            var problems = new java.util.ArrayList<>(result.problems());
            problems.add(new Problem(DISPLAY_ROOT + "/course.yaml", 1, "the id must stay '" + draft.courseKey()
                    + "' (this draft belongs to that course; start a new course for another id)"));
            return new CurriculumReadResult(null, List.copyOf(problems), result.warnings());
        }
        return result;
    }

    private static List<DraftProblem> problems(DraftStore.Draft draft, CurriculumReadResult result) {
        return result.problems().stream().map(p -> new DraftProblem(relative(p.file()), p.line(), p.message())).toList();
    }

    private static String relative(String file) {
        return file.startsWith(DISPLAY_ROOT + "/") ? file.substring(DISPLAY_ROOT.length() + 1) : file;
    }

    // ---- access ----

    private DraftStore.Draft require(long actorId, long draftId) {
        return requireAccess(actorId, store.find(draftId), draftId);
    }

    private DraftStore.Draft requireLocked(long actorId, long draftId) {
        return requireAccess(actorId, store.lock(draftId), draftId);
    }

    private DraftStore.Draft requireAccess(long actorId, Optional<DraftStore.Draft> found, long draftId) {
        editors.requireStaff(actorId);
        DraftStore.Draft draft = found.orElseThrow(() -> AuthoringException.notFound("No draft #" + draftId + " (published or discarded?)."));
        editors.requireEditor(actorId, draft.courseKey());
        return draft;
    }

    private DraftSummary summary(DraftStore.Draft d, Map<Long, String> names) {
        String basedOn = d.basedOnVersionId() == null ? null
                : catalog.courseVersion(d.basedOnVersionId()).map(CourseCatalog.CourseOverview::version).orElse(null);
        return new DraftSummary(d.id(), d.courseKey(), d.title(), basedOn, names.get(d.updatedBy()), d.updatedAt());
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = accounts.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
        ids.forEach(id -> names.putIfAbsent(id, "#" + id));
        return names;
    }
}
