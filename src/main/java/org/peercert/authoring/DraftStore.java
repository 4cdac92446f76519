package org.peercert.authoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Drafts and their files (tables {@code draft}, {@code draft_file}). Plain JDBC: a save is one conditional UPDATE on
 * the revision the editor loaded, which is what makes two trainers' saves safe without holding locks.
 */
@Component
class DraftStore {

    /** A draft row. */
    record Draft(long id, String courseKey, String title, @Nullable Long basedOnVersionId, long createdBy, long updatedBy,
            Instant updatedAt) {}

    /** A file row; {@code content} is null once deleted (the row stays so stale saves are caught). */
    record FileRow(String path, byte @Nullable [] content, long revision, long updatedBy, Instant updatedAt) {}

    private final JdbcTemplate jdbc;

    DraftStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(String courseKey, String title, @Nullable Long basedOnVersionId, long actorId, Instant now, Map<String, byte[]> files) {
        var key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO draft (course_key, title, based_on_version_id, created_by, created_at, updated_by,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, courseKey);
            ps.setString(2, title);
            ps.setObject(3, basedOnVersionId);
            ps.setLong(4, actorId);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setLong(6, actorId);
            ps.setTimestamp(7, Timestamp.from(now));
            return ps;
        }, key);
        long draftId = key.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO draft_file (draft_id, path, content, size, revision, updated_by, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
                files.entrySet().stream().map(f -> new Object[] {draftId, f.getKey(), f.getValue(), f.getValue().length, actorId,
                        Timestamp.from(now)}).toList());
        return draftId;
    }

    Optional<Draft> find(long draftId) {
        return jdbc.query("SELECT * FROM draft WHERE id = ?", DraftStore::draft, draftId).stream().findFirst();
    }

    /** The draft row locked for the rest of the transaction: publishing and limit checks see one state. */
    Optional<Draft> lock(long draftId) {
        return jdbc.query("SELECT * FROM draft WHERE id = ? FOR UPDATE", DraftStore::draft, draftId).stream().findFirst();
    }

    List<Draft> all() {
        return jdbc.query("SELECT * FROM draft ORDER BY updated_at DESC, id DESC", DraftStore::draft);
    }

    boolean anyFor(String courseKey) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM draft WHERE course_key = ?)", Boolean.class, courseKey));
    }

    /** The draft's files, deleted ones included (content null). */
    List<FileRow> files(long draftId) {
        return jdbc.query("SELECT path, content, revision, updated_by, updated_at FROM draft_file WHERE draft_id = ? ORDER BY path",
                DraftStore::file, draftId);
    }

    Optional<FileRow> file(long draftId, String path) {
        return jdbc.query("SELECT path, content, revision, updated_by, updated_at FROM draft_file WHERE draft_id = ? AND path = ?",
                DraftStore::file, draftId, path).stream().findFirst();
    }

    /** Live files and their total size, without {@code except}: what a save must keep under the limits. */
    long[] countAndSize(long draftId, String except) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM draft_file WHERE draft_id = ? AND content IS NOT NULL AND path <> ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, draftId, except);
    }

    /**
     * Writes the file if its revision is still {@code expectedRevision} (a deleted file counts as revision 0 for a
     * new file); returns false when someone else saved in between.
     */
    boolean write(long draftId, String path, byte @Nullable [] content, long expectedRevision, long actorId, Instant now) {
        int size = content == null ? 0 : content.length;
        if (expectedRevision == 0) {
            int revived = jdbc.update("UPDATE draft_file SET content = ?, size = ?, revision = revision + 1, updated_by = ?, updated_at = ?"
                    + " WHERE draft_id = ? AND path = ? AND content IS NULL", content, size, actorId, Timestamp.from(now), draftId, path);
            if (revived == 1) {
                return true;
            }
            return jdbc.update("INSERT IGNORE INTO draft_file (draft_id, path, content, size, revision, updated_by, updated_at)"
                    + " VALUES (?, ?, ?, ?, 1, ?, ?)", draftId, path, content, size, actorId, Timestamp.from(now)) == 1;
        }
        return jdbc.update("UPDATE draft_file SET content = ?, size = ?, revision = revision + 1, updated_by = ?, updated_at = ?"
                + " WHERE draft_id = ? AND path = ? AND revision = ? AND content IS NOT NULL",
                content, size, actorId, Timestamp.from(now), draftId, path, expectedRevision) == 1;
    }

    void touch(long draftId, long actorId, Instant now, @Nullable String title) {
        jdbc.update("UPDATE draft SET updated_by = ?, updated_at = ?, title = COALESCE(?, title) WHERE id = ?",
                actorId, Timestamp.from(now), title, draftId);
    }

    void delete(long draftId) {
        jdbc.update("DELETE FROM draft WHERE id = ?", draftId);
    }

    private static Draft draft(ResultSet rs, int n) throws SQLException {
        long basedOn = rs.getLong("based_on_version_id");
        return new Draft(rs.getLong("id"), rs.getString("course_key"), rs.getString("title"), rs.wasNull() ? null : basedOn,
                rs.getLong("created_by"), rs.getLong("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    private static FileRow file(ResultSet rs, int n) throws SQLException {
        return new FileRow(rs.getString(1), rs.getBytes(2), rs.getLong(3), rs.getLong(4), rs.getTimestamp(5).toInstant());
    }
}
