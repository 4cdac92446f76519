-- account: "expire the pending email changes to this address" ran on every sign-up without an index on new_email,
-- so InnoDB scanned and locked every token row; concurrent sign-ups then deadlocked on each other's rows
-- (ConcurrentRegistrationTest). With the index the update locks only the rows of its own address.
CREATE INDEX ix_account_token_new_email ON account_token (new_email);
