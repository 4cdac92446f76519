package org.peercert.authoring;

import java.util.List;
import org.peercert.account.UserAccount;
import org.springframework.stereotype.Service;

/** Who may edit which course: admins every course; a trainer the courses they created or were granted; trainees none. */
@Service
public class CourseEditors {

    public boolean mayEdit(long actorId, String courseKey) {
        throw new UnsupportedOperationException("not yet");
    }

    public void grant(long adminId, String courseKey, long trainerId) {
        throw new UnsupportedOperationException("not yet");
    }

    public void revoke(long adminId, String courseKey, long trainerId) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<UserAccount> editorsOf(long adminId, String courseKey) {
        throw new UnsupportedOperationException("not yet");
    }
}
