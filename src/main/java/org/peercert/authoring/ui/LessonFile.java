package org.peercert.authoring.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lesson file ({@code NN-slug.md}): YAML front matter (title, optional minutes) and the Markdown body.
 * {@code bodyLine} is the file line the body starts on, so a validator problem in the body maps to it.
 */
record LessonFile(Map<String, Object> frontMatter, String body, int bodyLine) {

    static LessonFile parse(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("---\n")) {
            int end = normalized.indexOf("\n---", 4);
            if (end > 0) {
                int bodyStart = normalized.indexOf('\n', end + 4);
                String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);
                int bodyLine = (int) normalized.substring(0, Math.max(bodyStart, 0)).chars().filter(c -> c == '\n').count() + 2;
                return new LessonFile(DraftYaml.load(normalized.substring(4, end + 1)), body, bodyLine);
            }
        }
        return new LessonFile(new LinkedHashMap<>(), normalized, 1);
    }

    String title() {
        return DraftYaml.text(frontMatter, "title");
    }

    LessonFile withTitleAndBody(String title, String newBody) {
        var front = new LinkedHashMap<>(frontMatter);
        front.put("title", title);
        return new LessonFile(front, newBody, bodyLine);
    }

    String text() {
        return "---\n" + DraftYaml.dump(frontMatter) + "---\n" + body;
    }
}
