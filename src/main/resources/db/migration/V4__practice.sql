-- Skill practice (practice module). One row per practice file of a course version; the whole validated
-- file is kept as JSON (definition) and read again by its kind.
CREATE TABLE practice (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_version_id BIGINT       NOT NULL,
    module_key        VARCHAR(64)  NOT NULL,
    position          INT          NOT NULL,
    practice_key      VARCHAR(64)  NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    definition        MEDIUMTEXT   NOT NULL,
    CONSTRAINT uk_practice UNIQUE (course_version_id, practice_key),
    CONSTRAINT fk_practice_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;

-- One run through a practice; the first (or best, as the file says) submitted one counts, the rest are replays.
-- result: the rubric score per dimension and competency as JSON, rewritten when a trainer review lands.
CREATE TABLE practice_attempt (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT        NOT NULL,
    course_version_id BIGINT        NOT NULL,
    practice_key      VARCHAR(64)   NOT NULL,
    number            INT           NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    started_at        TIMESTAMP(6)  NOT NULL,
    submitted_at      TIMESTAMP(6)  NULL,
    earned            DECIMAL(8, 2) NULL,
    possible          DECIMAL(8, 2) NULL,
    result            TEXT          NULL,
    CONSTRAINT uk_practice_attempt UNIQUE (user_id, course_version_id, practice_key, number),
    CONSTRAINT fk_practice_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_practice_attempt_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;

-- Every step is saved as it is taken (upsert), so an interrupted practice resumes exactly where it was
CREATE TABLE practice_step (
    attempt_id BIGINT       NOT NULL,
    step_key   VARCHAR(64)  NOT NULL,
    step_value TEXT         NOT NULL,
    saved_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (attempt_id, step_key),
    CONSTRAINT fk_practice_step_attempt FOREIGN KEY (attempt_id) REFERENCES practice_attempt (id)
) ENGINE=InnoDB;

-- Written work only a person can judge: pending until a trainer scores it (0-2 per dimension) and comments
CREATE TABLE practice_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id  BIGINT        NOT NULL,
    item_key    VARCHAR(64)   NOT NULL,
    context     TEXT          NOT NULL,
    written     TEXT          NOT NULL,
    dimensions  VARCHAR(255)  NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    scores      TEXT          NULL,
    comment     TEXT          NULL,
    reviewer_id BIGINT        NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    reviewed_at TIMESTAMP(6)  NULL,
    CONSTRAINT uk_practice_review UNIQUE (attempt_id, item_key),
    CONSTRAINT fk_practice_review_attempt FOREIGN KEY (attempt_id) REFERENCES practice_attempt (id),
    CONSTRAINT fk_practice_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
) ENGINE=InnoDB;
CREATE INDEX ix_practice_review_status ON practice_review (status, created_at);
