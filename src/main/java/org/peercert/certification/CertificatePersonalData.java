package org.peercert.certification;

import java.util.List;
import org.peercert.account.PersonalDataHolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates in the data export; on account deletion they are anonymised, not deleted: employers who
 * hold a copy can still verify it, and the page says the holder removed their details (see README).
 */
@Component
class CertificatePersonalData implements PersonalDataHolder {

    private final CertificateRepository certificates;
    private final CertificateService service;
    private final ApplicationEventPublisher events;
    private final StoredPdfs storedPdfs;

    CertificatePersonalData(CertificateRepository certificates, CertificateService service, ApplicationEventPublisher events,
            StoredPdfs storedPdfs) {
        this.storedPdfs = storedPdfs;
        this.events = events;
        this.certificates = certificates;
        this.service = service;
    }

    @Override
    public String section() {
        return "certificates";
    }

    @Override
    public List<CertificateDetails> export(long userId) {
        return service.forHolder(userId);
    }

    @Override
    @Transactional
    public void erase(long userId) {
        certificates.findByUserIdOrderByIssuedAtDesc(userId).forEach(c -> {
            c.removeHolder();
            storedPdfs.forget(c.id()); // it prints the name; the next download signs the anonymised one
            events.publishEvent(new CertificateChanged(c.id()));
        });
    }
}
