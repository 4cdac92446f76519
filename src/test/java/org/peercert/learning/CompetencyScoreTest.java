package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompetencyScoreTest {

    @Test
    void normalizedGainIsTheShareOfWhatWasLeftToLearn() {
        var score = new CompetencyScore("sms-support", "SMS", 40, 70);
        assertThat(score.change()).isEqualTo(30.0);
        assertThat(score.normalizedGain()).isEqualTo(0.5);
    }

    @Test
    void normalizedGainIsUndefinedWhenThePreTestWasPerfect() {
        assertThat(new CompetencyScore("ema", "EMA", 100, 90).normalizedGain()).isNull();
    }

    @Test
    void aDropGivesANegativeGain() {
        assertThat(new CompetencyScore("ema", "EMA", 50, 25).normalizedGain()).isEqualTo(-0.5);
    }
}
