-- The holder's language at issue time (issue #13 item 14): the certificate PDF's own words, dates and numbers are
-- in it, and a reissue or a change of the account's language later does not change it. Certificates issued
-- before this were printed in English, so that is what they keep.
ALTER TABLE certificate ADD COLUMN locale VARCHAR(16) NOT NULL DEFAULT 'en';
