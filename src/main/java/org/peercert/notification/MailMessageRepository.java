package org.peercert.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    boolean existsByDedupKey(String dedupKey);

    List<MailMessage> findAllByOrderByIdDesc(Limit limit);

    List<MailMessage> findByRecipientOrderByIdDesc(String recipient);

    @Query("select m.id from MailMessage m where m.status = org.peercert.notification.MailStatus.PENDING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt")
    List<Long> dueIds(Instant now, Limit limit);

    /** The conditional update is the claim: of two instances racing for a mail, exactly one changes the row. */
    @Modifying
    @Query("update MailMessage m set m.status = org.peercert.notification.MailStatus.SENDING, m.claimedAt = :now"
            + " where m.id = :id and m.status = org.peercert.notification.MailStatus.PENDING")
    int claim(long id, Instant now);

    /** A claim left behind by an instance that died mid-send goes back to the queue. */
    @Modifying
    @Query("update MailMessage m set m.status = org.peercert.notification.MailStatus.PENDING, m.claimedAt = null,"
            + " m.lastError = 'interrupted while sending' where m.status = org.peercert.notification.MailStatus.SENDING"
            + " and m.claimedAt < :before")
    int releaseStale(Instant before);
}
