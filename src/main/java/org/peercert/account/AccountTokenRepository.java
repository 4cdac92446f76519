package org.peercert.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so two clicks on one link in parallel use it once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :hash")
    Optional<AccountToken> lockByHash(String hash);

    List<AccountToken> findByUserId(long userId);

    /** Earlier links of the same kind stop working when one is used. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
    int useAll(long userId, TokenPurpose purpose, Instant now);

    boolean existsByUserIdAndUsedAtIsNullAndExpiresAtAfter(long userId, Instant now);

    boolean existsByNewEmailAndUsedAtIsNullAndExpiresAtAfter(String email, Instant now);

    /** Every outstanding link of the account stops working (its address changed: links went to the old one). */
    @Modifying
    @Query("update AccountToken t set t.expiresAt = :now where t.userId = :userId and t.usedAt is null and t.expiresAt > :now")
    int expireAllOf(long userId, Instant now);

    /** Outstanding email-change links to an address stop working when another account takes the address. */
    @Modifying
    @Query("update AccountToken t set t.expiresAt = :now where t.newEmail = :email and t.usedAt is null and t.expiresAt > :now")
    int expireChangesTo(String email, Instant now);
}
