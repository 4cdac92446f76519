-- Issue #14, authoring. Nothing about a version exists only in the database: every published version keeps the
-- source files it was read from (curriculum/ at start-up, a published draft, an imported zip), so it can be
-- exported, drafted from and compared. Versions loaded before V19 get their files the next time the loader
-- finds the same content (same hash) in curriculum/.
CREATE TABLE course_version_file (
    course_version_id BIGINT       NOT NULL,
    path              VARCHAR(200) NOT NULL,
    content           MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (course_version_id, path),
    CONSTRAINT fk_course_version_file_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;

-- A trainer's draft of a course version: a tree of curriculum files. based_on_version_id is NULL for a new course.
-- Account ids carry no foreign key: the audit and the drafts outlive a deleted staff account.
CREATE TABLE draft (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_key          VARCHAR(64)  NOT NULL,
    title               VARCHAR(255) NOT NULL,
    based_on_version_id BIGINT       NULL,
    created_by          BIGINT       NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    updated_by          BIGINT       NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_draft_version FOREIGN KEY (based_on_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;

-- One file of a draft. revision counts saves (optimistic locking per file); a deleted file keeps its row with
-- content NULL, so a save based on the revision before the delete is refused as a conflict, not silently revived.
CREATE TABLE draft_file (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id   BIGINT       NOT NULL,
    path       VARCHAR(200) NOT NULL,
    content    MEDIUMBLOB   NULL,
    size       INT          NOT NULL,
    revision   BIGINT       NOT NULL,
    updated_by BIGINT       NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_draft_file UNIQUE (draft_id, path),
    CONSTRAINT fk_draft_file_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Who did what to which draft or course, and when. draft_id stays after the draft is published or discarded.
CREATE TABLE authoring_audit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    actor_id   BIGINT        NOT NULL,
    actor_name VARCHAR(120)  NOT NULL,
    at         TIMESTAMP(6)  NOT NULL,
    course_key VARCHAR(64)   NOT NULL,
    draft_id   BIGINT        NULL,
    action     VARCHAR(32)   NOT NULL,
    path       VARCHAR(200)  NULL,
    detail     VARCHAR(1000) NOT NULL,
    INDEX ix_authoring_audit_course (course_key, at),
    INDEX ix_authoring_audit_draft (draft_id, at)
) ENGINE=InnoDB;

-- Trainers who may edit a course: its creator (owner) and those an admin granted. Admins edit every course
-- without a row; the curriculum's own courses have no owner until an admin grants a trainer.
CREATE TABLE course_editor (
    course_key VARCHAR(64)  NOT NULL,
    account_id BIGINT       NOT NULL,
    owner      BOOLEAN      NOT NULL,
    granted_by BIGINT       NOT NULL,
    granted_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (course_key, account_id)
) ENGINE=InnoDB;
