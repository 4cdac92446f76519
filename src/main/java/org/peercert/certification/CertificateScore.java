package org.peercert.certification;

import jakarta.persistence.Embeddable;
import org.peercert.learning.CompetencyScore;

/** One competency's pre/post percent as it stood at completion; the gain is derived, never stored. */
@Embeddable
class CertificateScore {

    private String competencyKey;
    private String title;
    private double pre;
    private double post;

    @SuppressWarnings("NullAway.Init")
    protected CertificateScore() {}

    CertificateScore(CompetencyScore score) {
        this.competencyKey = score.key();
        this.title = score.title();
        this.pre = score.pre();
        this.post = score.post();
    }

    CompetencyScore toScore() {
        return new CompetencyScore(competencyKey, title, pre, post);
    }
}
