package org.peercert.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    List<UserAccount> findAllByOrderByCreatedAtDesc();

    @Query("select u from UserAccount u where u.role = org.peercert.account.Role.TRAINEE and u.enabled = true"
            + " and u.remindersEnabled = true and coalesce(u.lastLoginAt, u.createdAt) < :before")
    List<UserAccount> findInactiveTrainees(Instant before);
}
