package org.peercert.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peercert.curriculum.format.CurriculumFixtures.copy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course.yaml's optional {@code renewal} block: read when valid, every mistake reported at its line. */
class RenewalBlockTest {

    @TempDir
    Path temp;

    private CurriculumReadResult withRenewal(String block) {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        CurriculumFixtures.write(course.resolve("course.yaml"), CurriculumFixtures.read(course.resolve("course.yaml")) + block);
        return CurriculumReader.read(course, "minimal");
    }

    @Test
    void aRenewalBlockIsReadWithItsWindowModulesAndCheck() {
        var result = withRenewal("renewal:\n  opens_days_before: 90\n  modules: [texting]\n  knowledge_check: post\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.course()).isNotNull();
        assertThat(result.course().renewal()).isEqualTo(new Definitions.Renewal(90, java.util.List.of("texting"), "post"));
    }

    @Test
    void withoutARenewalBlockTheCourseOffersNoRenewal() {
        var result = CurriculumReader.read(CurriculumFixtures.MINIMAL, "minimal");
        assertThat(result.course()).isNotNull();
        assertThat(result.course().renewal()).isNull();
    }

    @Test
    void anUnknownModuleAWindowLongerThanTheValidityAndAnotherCheckAreReportedAtTheirLines() {
        var result = withRenewal("renewal:\n  opens_days_before: 365\n  modules: [texting, sms]\n  knowledge_check: pre\n  extra: 1\n");
        assertThat(result.course()).isNull();
        assertThat(result.report())
                .contains("minimal/course.yaml:25: 'opens_days_before' 365 is longer than the validity of 12 months")
                .contains("minimal/course.yaml:26: renewal module 'sms' is not one of the course's modules")
                .contains("minimal/course.yaml:27: 'knowledge_check' must be 'post'")
                .contains("unknown field 'extra'");
    }
}
