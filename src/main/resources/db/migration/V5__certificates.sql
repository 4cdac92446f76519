-- Certificates (certification module). Everything printed is copied at issue time, so the PDF renders
-- the same from stored data later. No foreign key to app_user: when the holder deletes their account the
-- certificate stays verifiable, anonymised (user_id and holder_name cleared, holder_removed set).
CREATE TABLE certificate (
    id                   CHAR(26)      NOT NULL PRIMARY KEY,
    user_id              BIGINT        NULL,
    enrollment_id        BIGINT        NOT NULL,
    -- the enrollment id on its first certificate only (NULL on reissues): issuing is idempotent per enrollment
    first_for_enrollment BIGINT        NULL,
    course_version_id    BIGINT        NOT NULL,
    holder_name          VARCHAR(120)  NULL,
    holder_removed       BOOLEAN       NOT NULL DEFAULT FALSE,
    course_key           VARCHAR(64)   NOT NULL,
    course_title         VARCHAR(200)  NOT NULL,
    course_version       VARCHAR(32)   NOT NULL,
    ce_hours             DECIMAL(6, 2) NOT NULL,
    issued_on            DATE          NOT NULL,
    expires_on           DATE          NOT NULL,
    issued_at            TIMESTAMP(6)  NOT NULL,
    revoked_at           TIMESTAMP(6)  NULL,
    revoked_reason       VARCHAR(500)  NULL,
    superseded_by        CHAR(26)      NULL,
    CONSTRAINT uk_certificate_first_for_enrollment UNIQUE (first_for_enrollment),
    INDEX idx_certificate_user (user_id),
    INDEX idx_certificate_expires (expires_on),
    INDEX idx_certificate_holder (holder_name)
) ENGINE=InnoDB;

CREATE TABLE certificate_score (
    certificate_id CHAR(26)     NOT NULL,
    position       INT          NOT NULL,
    competency_key VARCHAR(64)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    pre            DOUBLE       NOT NULL,
    post           DOUBLE       NOT NULL,
    PRIMARY KEY (certificate_id, position),
    CONSTRAINT fk_certificate_score FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB;

-- Revocations and reissues: who, when, why
CREATE TABLE certificate_audit (
    id             BIGINT       AUTO_INCREMENT PRIMARY KEY,
    certificate_id CHAR(26)     NOT NULL,
    action         VARCHAR(16)  NOT NULL,
    actor          VARCHAR(254) NOT NULL,
    detail         VARCHAR(500) NOT NULL,
    at             TIMESTAMP(6) NOT NULL,
    INDEX idx_certificate_audit (certificate_id),
    CONSTRAINT fk_certificate_audit FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB;
