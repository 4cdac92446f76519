package org.peercert.curriculum;

import org.peercert.curriculum.internal.LessonRenderer;

/** Renders lesson Markdown exactly as trainees see it (sanitised HTML), for previews outside the curriculum module. */
public final class LessonMarkdown {

    private LessonMarkdown() {}

    public static String toHtml(String markdown) {
        return LessonRenderer.toHtml(markdown);
    }
}
