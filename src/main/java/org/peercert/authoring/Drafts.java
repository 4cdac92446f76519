package org.peercert.authoring;

import java.util.List;
import java.util.SortedMap;
import org.peercert.curriculum.format.CurriculumReadResult;
import org.springframework.stereotype.Service;

/**
 * Trainers' drafts: a tree of curriculum files in the database, read, validated and published by the same code
 * as {@code curriculum/}. Every method takes the acting account's id first and throws {@link AuthoringException}.
 */
@Service
public class Drafts {

    public List<DraftSummary> visibleTo(long actorId) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<EditableCourse> editableCourses(long actorId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A new draft holding a copy of the course's newest published version's files. */
    public long startFromLatest(long actorId, String courseKey) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A new draft of a new course: a minimal valid course tree; the actor owns the course. */
    public long startNewCourse(long actorId, String courseKey, String title) {
        throw new UnsupportedOperationException("not yet");
    }

    public DraftSummary summary(long actorId, long draftId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The draft's files by '/'-separated path relative to the course root. */
    public SortedMap<String, DraftFile> files(long actorId, long draftId) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Saves one file; {@code expectedRevision} is the revision the editor loaded (0 for a new file). Returns the
     * file's new revision; a stale revision throws {@link DraftConflictException}.
     */
    public long save(long actorId, long draftId, String path, byte[] content, long expectedRevision) {
        throw new UnsupportedOperationException("not yet");
    }

    public void delete(long actorId, long draftId, String path, long expectedRevision) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The curriculum validator's problems; empty means publishable. */
    public List<DraftProblem> validate(long actorId, long draftId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The draft as the curriculum reader sees it (for previews). */
    public CurriculumReadResult read(long actorId, long draftId) {
        throw new UnsupportedOperationException("not yet");
    }

    public PublishOutcome publish(long actorId, long draftId, VersionBump bump) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Files and questions changed against the version the draft was started from. */
    public DraftDiff diff(long actorId, long draftId) {
        throw new UnsupportedOperationException("not yet");
    }

    public void discard(long actorId, long draftId) {
        throw new UnsupportedOperationException("not yet");
    }
}
