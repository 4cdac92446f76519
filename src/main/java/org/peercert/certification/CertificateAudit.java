package org.peercert.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who revoked or reissued which certificate, when and why: kept for as long as the certificate. */
@Entity
@Table(name = "certificate_audit")
class CertificateAudit {

    enum Action { REVOKED, REISSUED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String certificateId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;
    private String actor;
    private String detail;
    private Instant at;

    @SuppressWarnings("NullAway.Init")
    protected CertificateAudit() {}

    CertificateAudit(String certificateId, Action action, String actor, String detail, Instant at) {
        this.certificateId = certificateId;
        this.action = action;
        this.actor = actor;
        this.detail = detail;
        this.at = at;
    }

    Action action() {
        return action;
    }

    String actor() {
        return actor;
    }

    String detail() {
        return detail;
    }
}
