-- Renewal (issue #16 item 5). A course version may declare a refresher (course.yaml renewal): the days
-- before expiry it opens and the modules whose quizzes are taken again, besides the knowledge check.
ALTER TABLE course_version
    ADD COLUMN renewal_opens_days_before INT           NULL,
    ADD COLUMN renewal_modules           VARCHAR(1000) NULL;

-- learning: one refresher per certificate being renewed, on the course version current when it started
CREATE TABLE refresher (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    certificate_id    CHAR(26)     NOT NULL,
    started_at        TIMESTAMP(6) NOT NULL,
    completed_at      TIMESTAMP(6) NULL,
    CONSTRAINT uk_refresher_certificate UNIQUE (certificate_id),
    INDEX idx_refresher_user (user_id),
    CONSTRAINT fk_refresher_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_refresher_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB;

-- certification: a renewal certificate names the certificate it renews. The renewed one is never updated
-- (issued records do not change): "renewed by" is read through this key, which also makes renewing idempotent.
ALTER TABLE certificate
    ADD COLUMN renews CHAR(26) NULL,
    ADD CONSTRAINT uk_certificate_renews UNIQUE (renews);
