package org.peercert.certification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, String> {

    Optional<Certificate> findByFirstForEnrollment(long enrollmentId);

    List<Certificate> findByUserIdOrderByIssuedAtDesc(long userId);

    List<Certificate> findByEnrollmentIdOrderByIssuedAt(long enrollmentId);

    List<Certificate> findByEnrollmentIdInOrderByIssuedAt(Collection<Long> enrollmentIds);

    /** Of the given certificates, those renewed: {renewed id, renewal id} pairs. */
    @Query("select c.renews, c.id from Certificate c where c.renews in ?1")
    List<Object[]> renewalsOf(Collection<String> renewedIds);

    /** The renewal of a certificate, if it was renewed. */
    Optional<Certificate> findByRenews(String renewedId);

    /** Candidates for expiry reminders: not revoked, not superseded, not renewed, expiring between the days (inclusive). */
    @Query("""
            select c from Certificate c where c.expiresOn between ?1 and ?2 and c.revokedAt is null
               and c.supersededBy is null and not exists (select r.id from Certificate r where r.renews = c.id)
               order by c.expiresOn""")
    List<Certificate> findCurrentExpiringBetween(LocalDate first, LocalDate last);

    /** {@code namePattern} is a LIKE pattern escaped with {@code !} ({@link org.peercert.platform.SqlLike}). */
    @Query("""
            select c from Certificate c where lower(c.holderName) like lower(?1) escape '!'
               or c.id = ?2 order by c.issuedAt desc limit 100""")
    List<Certificate> search(String namePattern, String id);
}
