-- Issue #15: cohorts a trainer runs for one course version, with co-trainers, members (through cohort
-- invitations), live sessions and their attendance; the completion rule may require attended sessions.
ALTER TABLE course_version
    ADD COLUMN live_sessions_required INT NOT NULL DEFAULT 0;

CREATE TABLE cohort (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(120) NOT NULL,
    course_version_id BIGINT       NOT NULL,
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    created_by        BIGINT       NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_cohort_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    INDEX ix_cohort_creator (created_by)
) ENGINE=InnoDB;

-- Co-trainers: see and run the cohort like its creator.
CREATE TABLE cohort_trainer (
    cohort_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, user_id),
    INDEX ix_cohort_trainer_user (user_id),
    CONSTRAINT fk_cohort_trainer_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- A trainee who joined through the cohort's invitation, with the enrollment it gave them.
CREATE TABLE cohort_member (
    cohort_id     BIGINT       NOT NULL,
    user_id       BIGINT       NOT NULL,
    enrollment_id BIGINT       NOT NULL,
    joined_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (cohort_id, user_id),
    INDEX ix_cohort_member_user (user_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE=InnoDB;

ALTER TABLE invitation
    ADD COLUMN cohort_id    BIGINT       NULL,
    ADD COLUMN invitee_name VARCHAR(200) NULL,
    ADD INDEX ix_invitation_cohort (cohort_id, email);

-- Local date-time + zone as the trainer entered them; starts_at_utc is derived, for reminders and ordering.
CREATE TABLE live_session (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id        BIGINT       NOT NULL,
    starts_local     DATETIME     NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    starts_at_utc    TIMESTAMP(6) NOT NULL,
    duration_minutes INT          NOT NULL,
    meeting_url      VARCHAR(500) NOT NULL,
    topic            VARCHAR(200) NOT NULL,
    module_key       VARCHAR(64)  NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    INDEX ix_live_session_cohort (cohort_id, starts_at_utc),
    INDEX ix_live_session_start (starts_at_utc),
    CONSTRAINT fk_live_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE attendance (
    session_id BIGINT       NOT NULL,
    user_id    BIGINT       NOT NULL,
    present    BOOLEAN      NOT NULL,
    marked_by  BIGINT       NULL,
    marked_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (session_id, user_id),
    INDEX ix_attendance_user (user_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES live_session (id) ON DELETE CASCADE
) ENGINE=InnoDB;
