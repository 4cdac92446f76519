package org.peercert.certification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateAuditRepository extends JpaRepository<CertificateAudit, Long> {
    List<CertificateAudit> findByCertificateIdOrderByAt(String certificateId);
}
