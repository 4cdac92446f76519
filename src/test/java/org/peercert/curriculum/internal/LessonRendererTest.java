package org.peercert.curriculum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonRendererTest {

    @Test
    void aLessonsOwnImagesPointWhereTheResolverSaysAndOtherImagesStayAsCleaned() {
        String html = LessonRenderer.toHtml("![A phone](images/phone.png)\n\n![Other](https://example.org/x.png)",
                src -> "/course-files/7/modules/01-a/" + src);
        assertThat(html).contains("<img src=\"/course-files/7/modules/01-a/images/phone.png\" alt=\"A phone\">")
                .contains("<img src=\"https://example.org/x.png\" alt=\"Other\">");
    }

    @Test
    void aDraftPreviewCanShowItsImagesAsDataUrls() {
        String html = LessonRenderer.toHtml("![A phone](images/phone.png)", src -> "data:image/png;base64,iVBORw0KGgo=");
        assertThat(html).contains("src=\"data:image/png;base64,iVBORw0KGgo=\"");
    }

    @Test
    void withoutAResolverARelativeImageIsDroppedAsBefore() {
        assertThat(LessonRenderer.toHtml("![A phone](images/phone.png)")).doesNotContain("images/phone.png");
    }
}
