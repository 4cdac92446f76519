package org.peercert.verification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.peercert.account.ScoresVisibilityChanged;
import org.peercert.certification.CertificateChanged;
import org.peercert.certification.CertificateId;
import org.peercert.certification.CertificateService;
import org.peercert.certification.UploadCheck;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Looks up what someone typed, scanned or pasted; anything that is not a known id is simply "not found".
 * Found certificates are cached briefly: a page or JSON look-up then costs no database round trips (three
 * queries otherwise), which is what lets verification keep pace with static files under load. Every change
 * this node makes (revoke, reissue, erasure, the holder's consent to show scores) evicts at once, again after
 * its commit; the TTL bounds how stale another node's change or a passed expiry date can be.
 */
@Service
public class Verification {

    public static final Duration TTL = Duration.ofSeconds(30);

    private final CertificateService certificates;
    private final UploadChecks uploadChecks;
    private final Cache<String, VerifiedCertificate> found = Caffeine.newBuilder().expireAfterWrite(TTL)
            .maximumSize(20_000).build();

    Verification(CertificateService certificates, UploadChecks uploadChecks) {
        this.certificates = certificates;
        this.uploadChecks = uploadChecks;
    }

    /**
     * Checks an uploaded PDF read from {@code in}, refusing it unread beyond {@code maxBytes}. The body is read
     * before a check slot is taken, so a slow sender holds no slot. Nothing is stored.
     */
    public UploadOutcome checkUpload(InputStream in, long declaredLength, int maxBytes) throws IOException {
        Optional<byte[]> body = BoundedBody.read(in, declaredLength, maxBytes);
        if (body.isEmpty()) {
            return new UploadOutcome.TooLarge(maxBytes);
        }
        return uploadChecks.run(() -> certificates.checkUpload(body.get(), uploadChecks.limits()))
                .<UploadOutcome>map(check -> new UploadOutcome.Checked(result(check)))
                .orElseGet(() -> new UploadOutcome.Busy(uploadChecks.retryAfterSeconds()));
    }

    private UploadResult result(UploadCheck check) {
        var certificate = check.certificate() == null ? null : VerifiedCertificate.of(check.certificate(), certificates.baseUrl());
        return new UploadResult(check.verdict(), UploadResult.message(check.verdict(), certificate != null), certificate);
    }

    public Optional<VerifiedCertificate> verify(String typedId) {
        // unknown ids are not cached: they would let anyone fill the cache, and a new certificate must show at once
        return CertificateId.normalize(typedId).map(id -> found.get(id, k -> certificates.find(k)
                .map(c -> VerifiedCertificate.of(c, certificates.baseUrl())).orElse(null)));
    }

    @EventListener
    void on(CertificateChanged changed) {
        evictNowAndAfterCommit(() -> found.invalidate(changed.id()));
    }

    /** Rare, and the holder's certificates are not indexed by user here: start afresh. */
    @EventListener
    void on(ScoresVisibilityChanged changed) {
        evictNowAndAfterCommit(found::invalidateAll);
    }

    /** Now, for this node's next reads; after the commit, for a read that loaded the old row meanwhile. */
    private static void evictNowAndAfterCommit(Runnable evict) {
        evict.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict.run();
                }
            });
        }
    }
}
