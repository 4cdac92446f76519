-- Open Badges 3.0 (certification module): each certificate's random position in the revocation status list
-- (assigned by the application at issue; earlier certificates at the next start), the salt of the hashed email
-- in its badge, and the holder's consent to publish the badge at its public address (off until they opt in).
ALTER TABLE certificate
    ADD COLUMN status_list_index INT NULL,
    ADD COLUMN identity_salt CHAR(32) NULL,
    ADD COLUMN badge_public BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT uk_certificate_status_list_index UNIQUE (status_list_index);

-- the salt is public in the badge; it only has to differ between certificates
UPDATE certificate SET identity_salt = SUBSTRING(SHA2(CONCAT(id, UUID(), RAND()), 256), 1, 32);
ALTER TABLE certificate MODIFY identity_salt CHAR(32) NOT NULL;

-- The revocation list: version is bumped with every revoke or supersede; signed_* is the list last signed and the
-- version it was built from. Every instance serves from here, so a change on one is seen by all.
CREATE TABLE status_list (
    id             INT          NOT NULL PRIMARY KEY,
    purpose        VARCHAR(16)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    signed_version BIGINT       NULL,
    signed_json    MEDIUMTEXT   NULL,
    signed_jwt     MEDIUMTEXT   NULL
) ENGINE=InnoDB;

INSERT INTO status_list (id, purpose) VALUES (1, 'revocation');
