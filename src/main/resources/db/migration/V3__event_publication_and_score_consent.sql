-- Spring Modulith's event publication registry (JDBC, schema v2 for MariaDB). Upper case on purpose:
-- the registry's SQL names the table this way and MariaDB table names are case-sensitive on Linux.
CREATE TABLE EVENT_PUBLICATION
(
  ID                     VARCHAR(36)  NOT NULL,
  LISTENER_ID            VARCHAR(512) NOT NULL,
  EVENT_TYPE             VARCHAR(512) NOT NULL,
  SERIALIZED_EVENT       TEXT         NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6) NULL DEFAULT NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6) NULL,
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE=InnoDB;

-- The holder's consent to show their pre/post competency scores on the public verification page.
ALTER TABLE app_user ADD COLUMN scores_public BOOLEAN NOT NULL DEFAULT FALSE;
