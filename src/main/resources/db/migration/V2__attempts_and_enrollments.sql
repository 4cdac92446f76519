-- Attempts at a quiz or at the pre/post instrument (assessment module)
CREATE TABLE attempt (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    quiz_key          VARCHAR(64)  NOT NULL,
    purpose           VARCHAR(16)  NOT NULL,
    number            INT          NOT NULL,
    seed              BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    started_at        TIMESTAMP(6) NOT NULL,
    submitted_at      TIMESTAMP(6) NULL,
    earned            DECIMAL(8, 2) NULL,
    possible          DECIMAL(8, 2) NULL,
    CONSTRAINT uk_attempt_number UNIQUE (user_id, course_version_id, quiz_key, purpose, number),
    CONSTRAINT fk_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_attempt_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;

-- Every answer is saved as it is given, so an interrupted attempt resumes with all of them
CREATE TABLE attempt_answer (
    attempt_id   BIGINT      NOT NULL,
    question_key VARCHAR(64) NOT NULL,
    answer       TEXT        NOT NULL,
    saved_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (attempt_id, question_key),
    CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
) ENGINE=InnoDB;

-- Graded items (leaf questions; a scenario's sub-questions each get a row), for competency scores and item analysis
CREATE TABLE attempt_item (
    attempt_id     BIGINT        NOT NULL,
    question_key   VARCHAR(64)   NOT NULL,
    competency_key VARCHAR(64)   NOT NULL,
    earned         DECIMAL(8, 2) NOT NULL,
    possible       DECIMAL(8, 2) NOT NULL,
    PRIMARY KEY (attempt_id, question_key),
    CONSTRAINT fk_item_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
) ENGINE=InnoDB;

-- Enrollment in one course version (learning module), pinned to that version
CREATE TABLE enrollment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    enrolled_at       TIMESTAMP(6) NOT NULL,
    completed_at      TIMESTAMP(6) NULL,
    CONSTRAINT uk_enrollment UNIQUE (user_id, course_version_id),
    CONSTRAINT fk_enrollment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_enrollment_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;

CREATE TABLE lesson_progress (
    enrollment_id BIGINT       NOT NULL,
    lesson_id     BIGINT       NOT NULL,
    completed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (enrollment_id, lesson_id),
    CONSTRAINT fk_progress_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE=InnoDB;
