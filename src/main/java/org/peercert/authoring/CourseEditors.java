package org.peercert.authoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may edit which course (table {@code course_editor}): an admin every course; a trainer the courses they created
 * (owner) or an admin granted them; a trainee none. The curriculum's own courses (dpsc) have no owner until an admin
 * grants a trainer.
 */
@Service
public class CourseEditors {

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    CourseEditors(JdbcTemplate jdbc, AccountService accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(long actorId, String courseKey) {
        return switch (role(actorId)) {
            case ADMIN -> true;
            case TRAINER -> isEditor(actorId, courseKey);
            default -> false;
        };
    }

    /** Lets a trainer edit the course; only admins may. Granting twice changes nothing. */
    @Transactional
    public void grant(long adminId, String courseKey, long trainerId) {
        requireAdmin(adminId);
        if (accounts.findById(trainerId).map(UserAccount::getRole).orElse(Role.TRAINEE) != Role.TRAINER) {
            throw AuthoringException.invalid("Only trainers can be given a course to edit.");
        }
        if (jdbc.update("INSERT IGNORE INTO course_editor (course_key, account_id, owner, granted_by, granted_at) VALUES (?, ?, FALSE, ?, ?)",
                courseKey, trainerId, adminId, Timestamp.from(clock.instant())) == 1) {
            audit.record(adminId, courseKey, null, AuditEntry.Action.GRANT, null, "granted editing to " + audit.name(trainerId) + " (#" + trainerId + ")");
        }
    }

    /** Takes editing away from a trainer (also from the course's creator); only admins may. */
    @Transactional
    public void revoke(long adminId, String courseKey, long trainerId) {
        requireAdmin(adminId);
        if (jdbc.update("DELETE FROM course_editor WHERE course_key = ? AND account_id = ?", courseKey, trainerId) == 1) {
            audit.record(adminId, courseKey, null, AuditEntry.Action.REVOKE, null, "revoked editing from " + audit.name(trainerId) + " (#" + trainerId + ")");
        }
    }

    /** The trainers who may edit the course (admins are not listed: they may edit all). */
    @Transactional(readOnly = true)
    public List<UserAccount> editorsOf(long adminId, String courseKey) {
        requireAdmin(adminId);
        return accounts.findAllById(jdbc.queryForList("SELECT account_id FROM course_editor WHERE course_key = ?", Long.class, courseKey))
                .stream().sorted(java.util.Comparator.comparing(UserAccount::getDisplayName)).toList();
    }

    /** Whether anyone has ever been made an editor of the key (a new course's key is taken once its creator owns it). */
    boolean anyEditor(String courseKey) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM course_editor WHERE course_key = ?)", Boolean.class, courseKey));
    }

    /** Makes the creator of a new course its owner. */
    void makeOwner(long actorId, String courseKey) {
        jdbc.update("INSERT IGNORE INTO course_editor (course_key, account_id, owner, granted_by, granted_at) VALUES (?, ?, TRUE, ?, ?)",
                courseKey, actorId, actorId, Timestamp.from(clock.instant()));
    }

    void requireEditor(long actorId, String courseKey) {
        requireStaff(actorId);
        if (!mayEdit(actorId, courseKey)) {
            throw AuthoringException.forbidden("You may not edit the course '" + courseKey + "': ask an admin to add you as its editor.");
        }
    }

    Role requireStaff(long actorId) {
        Role role = role(actorId);
        if (role != Role.TRAINER && role != Role.ADMIN) {
            throw AuthoringException.forbidden("Only trainers and admins author courses.");
        }
        return role;
    }

    private void requireAdmin(long actorId) {
        if (role(actorId) != Role.ADMIN) {
            throw AuthoringException.forbidden("Only an admin decides who edits a course.");
        }
    }

    private boolean isEditor(long actorId, String courseKey) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM course_editor WHERE course_key = ? AND account_id = ?)",
                Boolean.class, courseKey, actorId));
    }

    private Role role(long actorId) {
        return accounts.findById(actorId).filter(UserAccount::isEnabled).map(UserAccount::getRole).orElse(Role.TRAINEE);
    }
}
