-- account: every request for an account mail that anyone can trigger (password reset, confirmation link,
-- "this address already has an account" notice), so they are limited per address and per client across
-- all instances. Only SHA-256 digests of the normalized address and of the client address are kept, and
-- rows older than the limit's window are deleted when the next request comes.
--
-- mail_message already carries the account id (user_id, V6) of every mail sent for an account; the data
-- export now selects by that id alone. Rows without an account id (cohort invitations sent to an address)
-- are NOT assigned to the address's current owner: the address may have changed hands since the mail was
-- sent, which is exactly the leak being closed. They stay out of exports (the invitation itself is exported
-- by the cohort module) and are still erased with the address's account.
CREATE TABLE account_mail_request (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    address_hash CHAR(64)     NOT NULL,
    client_hash  CHAR(64)     NOT NULL,
    requested_at TIMESTAMP(6) NOT NULL,
    INDEX ix_mail_request_address (address_hash, requested_at),
    INDEX ix_mail_request_client (client_hash, requested_at),
    INDEX ix_mail_request_time (requested_at)
) ENGINE=InnoDB;
