package org.peercert.authoring.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Predicate;
import org.peercert.authoring.DraftFile;
import org.peercert.authoring.DraftProblem;
import org.peercert.authoring.DraftSummary;
import org.peercert.authoring.Drafts;

/**
 * One trainer's open draft in the editor: the files as last loaded (with the revisions a save is based on)
 * and the validator's problems after the last save. Every change goes through {@link Drafts}, which checks
 * the actor's access; a stale revision comes back as {@code DraftConflictException} for the form to show.
 */
final class DraftSession {

    private final Drafts drafts;
    private final long actor;
    private final long draftId;
    private final List<Runnable> onValidated = new ArrayList<>();
    private DraftSummary summary;
    private SortedMap<String, DraftFile> files;
    private List<DraftProblem> problems;

    DraftSession(Drafts drafts, long actor, long draftId) {
        this.drafts = drafts;
        this.actor = actor;
        this.draftId = draftId;
        this.summary = drafts.summary(actor, draftId);
        this.files = drafts.files(actor, draftId);
        this.problems = drafts.validate(actor, draftId);
    }

    Drafts drafts() {
        return drafts;
    }

    long actor() {
        return actor;
    }

    long draftId() {
        return draftId;
    }

    DraftSummary summary() {
        return summary;
    }

    SortedMap<String, DraftFile> files() {
        return files;
    }

    Optional<DraftFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    String text(String path) {
        return file(path).map(DraftFile::text).orElse("");
    }

    List<String> paths(Predicate<String> which) {
        return files.keySet().stream().filter(which).toList();
    }

    List<DraftProblem> problems() {
        return problems;
    }

    List<DraftProblem> problemsIn(String path) {
        return problems.stream().filter(p -> p.path().equals(path)).toList();
    }

    /**
     * Saves one file against the revision the form loaded ({@code 0} when new), then validates the whole draft
     * again; returns the file's new revision.
     */
    long save(String path, String text, long loadedRevision) {
        return save(path, text.getBytes(StandardCharsets.UTF_8), loadedRevision);
    }

    long save(String path, byte[] content, long loadedRevision) {
        long revision = drafts.save(actor, draftId, path, content, loadedRevision);
        reload();
        return revision;
    }

    /** The revision of a file as loaded now (0 when it does not exist yet). */
    long revision(String path) {
        return file(path).map(DraftFile::revision).orElse(0L);
    }

    void delete(String path, long loadedRevision) {
        drafts.delete(actor, draftId, path, loadedRevision);
        reload();
    }

    /** Loads the newest files (someone else's changes too) and the problems they have. */
    void reload() {
        summary = drafts.summary(actor, draftId);
        files = drafts.files(actor, draftId);
        problems = drafts.validate(actor, draftId);
        onValidated.forEach(Runnable::run);
    }

    /** Called after every save and reload, e.g. to update the Problems count and the Publish button. */
    void onValidated(Runnable listener) {
        onValidated.add(listener);
    }
}
