-- notification: every mail goes through this outbox. It is rendered when queued, so admins can read it
-- even when no SMTP server is configured (status HELD), and a failed send is retried with backoff.
CREATE TABLE mail_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT        NULL,     -- the recipient's account, when there is one (export, delete)
    recipient       VARCHAR(254)  NOT NULL,
    kind            VARCHAR(64)   NOT NULL,
    locale          VARCHAR(16)   NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    text_body       MEDIUMTEXT    NOT NULL,
    html_body       MEDIUMTEXT    NOT NULL,
    dedup_key       VARCHAR(191)  NULL,     -- a redelivered event queues its mail only once
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    next_attempt_at TIMESTAMP(6)  NOT NULL,
    claimed_at      TIMESTAMP(6)  NULL,
    sent_at         TIMESTAMP(6)  NULL,
    CONSTRAINT uk_mail_dedup UNIQUE (dedup_key),
    INDEX ix_mail_due (status, next_attempt_at),
    INDEX ix_mail_user (user_id)
) ENGINE=InnoDB;

CREATE TABLE mail_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT fk_attachment_message FOREIGN KEY (message_id) REFERENCES mail_message (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- scheduled jobs: a job runs on the one instance that holds its row's lease
CREATE TABLE job_lock (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    locked_until TIMESTAMP(6) NOT NULL,
    locked_by    VARCHAR(255) NOT NULL
) ENGINE=InnoDB;

-- at most one inactivity reminder per user and week
CREATE TABLE inactivity_reminder (
    user_id      BIGINT       NOT NULL PRIMARY KEY,
    last_sent_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_reminder_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- account: verified email, email preferences, last sign-in (inactivity)
ALTER TABLE app_user
    ADD COLUMN email_verified_at TIMESTAMP(6) NULL,
    ADD COLUMN reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN last_login_at     TIMESTAMP(6) NULL;

-- single-use tokens for email verification, password reset and email change; only a SHA-256 of the
-- token is stored, so a database dump does not hand out working links
CREATE TABLE account_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    purpose    VARCHAR(32)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    new_email  VARCHAR(254) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at    TIMESTAMP(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- cohort: a trainer invites an email address to a course
CREATE TABLE invitation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_key  VARCHAR(64)  NOT NULL,
    email       VARCHAR(254) NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    invited_by  BIGINT       NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    accepted_at TIMESTAMP(6) NULL,
    accepted_by BIGINT       NULL,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    INDEX ix_invitation_email (email)
) ENGINE=InnoDB;
