-- Issue #15 item 6: the signed PDF is stored once at issue and always served from here, so every download, the
-- mailed attachment and the cohort's bulk zip are the same bytes (signing again would give a new signature time).
-- Certificates issued before V18 get their row the first time their PDF is needed.
CREATE TABLE certificate_pdf (
    certificate_id CHAR(26)     NOT NULL PRIMARY KEY,
    pdf            LONGBLOB     NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_certificate_pdf_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB;
