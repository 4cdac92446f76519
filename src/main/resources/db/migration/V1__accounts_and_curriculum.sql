-- Accounts
CREATE TABLE app_user (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    password_hash     VARCHAR(255) NOT NULL,
    role              VARCHAR(16)  NOT NULL,
    locale            VARCHAR(16)  NOT NULL,
    terms_accepted_at TIMESTAMP(6) NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    CONSTRAINT uk_app_user_email UNIQUE (email)
) ENGINE=InnoDB;

-- Curriculum: one course, many immutable versions loaded from curriculum/<course>/
CREATE TABLE course (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_key VARCHAR(64)  NOT NULL,
    title      VARCHAR(255) NOT NULL,
    CONSTRAINT uk_course_key UNIQUE (course_key)
) ENGINE=InnoDB;

CREATE TABLE course_version (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id          BIGINT        NOT NULL,
    version            VARCHAR(64)   NOT NULL,
    content_hash       CHAR(64)      NOT NULL,
    title              VARCHAR(255)  NOT NULL,
    summary            TEXT          NOT NULL,
    locale             VARCHAR(16)   NOT NULL,
    ce_hours           DECIMAL(6, 2) NOT NULL,
    validity_months    INT           NOT NULL,
    module_pass_mark   INT           NOT NULL,
    post_test_required BOOLEAN       NOT NULL,
    instrument_title   VARCHAR(255)  NOT NULL,
    instrument_instructions TEXT     NOT NULL,
    loaded_at          TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_course_version UNIQUE (course_id, version),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB;

CREATE TABLE competency (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_version_id BIGINT       NOT NULL,
    position          INT          NOT NULL,
    competency_key    VARCHAR(64)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    description       TEXT         NOT NULL,
    CONSTRAINT uk_competency UNIQUE (course_version_id, competency_key),
    CONSTRAINT fk_competency_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;

CREATE TABLE course_module (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_version_id BIGINT       NOT NULL,
    position          INT          NOT NULL,
    module_key        VARCHAR(64)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    summary           TEXT         NOT NULL,
    objectives        TEXT         NOT NULL,
    competencies      TEXT         NOT NULL,
    estimated_minutes INT          NOT NULL,
    pass_mark         INT          NOT NULL,
    max_attempts      INT          NOT NULL,
    CONSTRAINT uk_course_module UNIQUE (course_version_id, module_key),
    CONSTRAINT fk_course_module_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;

CREATE TABLE lesson (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_module_id BIGINT       NOT NULL,
    position         INT          NOT NULL,
    slug             VARCHAR(128) NOT NULL,
    title            VARCHAR(255) NOT NULL,
    minutes          INT          NOT NULL,
    markdown         MEDIUMTEXT   NOT NULL,
    CONSTRAINT fk_lesson_module FOREIGN KEY (course_module_id) REFERENCES course_module (id)
) ENGINE=InnoDB;

-- Question bank (owned by the assessment module). quiz_key: a module key, or '_instrument' for pre/post.
CREATE TABLE question (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_version_id BIGINT       NOT NULL,
    quiz_key          VARCHAR(64)  NOT NULL,
    position          INT          NOT NULL,
    question_key      VARCHAR(64)  NOT NULL,
    type              VARCHAR(32)  NOT NULL,
    competency_key    VARCHAR(64)  NOT NULL,
    points            INT          NOT NULL,
    definition        MEDIUMTEXT   NOT NULL,
    CONSTRAINT uk_question UNIQUE (course_version_id, question_key),
    CONSTRAINT fk_question_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;
CREATE INDEX ix_question_quiz ON question (course_version_id, quiz_key, position);
