package org.peercert.authoring;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the authoring audit log (written by {@link AuditLog}): for those who may edit the course. */
@Service
public class AuthoringAudit {

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> {
        long draft = rs.getLong("draft_id");
        return new AuditEntry(rs.getLong("actor_id"), rs.getString("actor_name"), rs.getTimestamp("at").toInstant(),
                rs.getString("course_key"), rs.wasNull() ? null : draft, AuditEntry.Action.valueOf(rs.getString("action")),
                rs.getString("path"), rs.getString("detail"));
    };

    private final JdbcTemplate jdbc;
    private final CourseEditors editors;

    AuthoringAudit(JdbcTemplate jdbc, CourseEditors editors) {
        this.jdbc = jdbc;
        this.editors = editors;
    }

    /** The log of one course, newest first, for those who may edit it. */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofCourse(long actorId, String courseKey) {
        editors.requireEditor(actorId, courseKey);
        return jdbc.query("SELECT * FROM authoring_audit WHERE course_key = ? ORDER BY at DESC, id DESC", ENTRY, courseKey);
    }

    /** The log of one draft (also after it was published or discarded), newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofDraft(long actorId, long draftId) {
        List<AuditEntry> entries = jdbc.query("SELECT * FROM authoring_audit WHERE draft_id = ? ORDER BY at DESC, id DESC", ENTRY, draftId);
        if (!entries.isEmpty()) {
            editors.requireEditor(actorId, entries.getFirst().courseKey());
        } else {
            editors.requireStaff(actorId);
        }
        return entries;
    }
}
