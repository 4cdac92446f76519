package org.peercert.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredAttachmentRepository extends JpaRepository<StoredAttachment, Long> {

    List<StoredAttachment> findByMessageIdOrderByPosition(long messageId);
}
