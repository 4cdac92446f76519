package org.peercert.authoring;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

/** The smallest valid course tree a new course's draft starts from: one competency, one module, one lesson, one question each. */
final class NewCourseTemplate {

    private NewCourseTemplate() {}

    static SortedMap<String, byte[]> files(String courseKey, String title) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        put(files, "course.yaml", """
                id: %s
                title: %s
                version: 1.0.0
                locale: en
                summary: What trainees learn in this course.
                validity_months: 24
                competencies:
                  - id: first-competency
                    title: First competency
                    description: What a trainee can do after the course.
                modules:
                  - first-module
                completion:
                  module_pass_mark: 80
                  post_test_required: true
                """.formatted(courseKey, yamlText(title)));
        put(files, "assessment.yaml", """
                id: %s-check
                title: Competency check
                instructions: Answer each question with your best guess.
                items:
                  - id: check-01
                    type: true-false
                    competency: first-competency
                    prompt: Replace this statement with one a trainee judges true or false.
                    answer: true
                    explanation: Say why the answer is right.
                """.formatted(courseKey));
        put(files, "modules/01-first-module/module.yaml", """
                id: first-module
                title: First module
                summary: What this module covers.
                objectives:
                  - What a trainee can do after this module.
                competencies: [first-competency]
                """);
        put(files, "modules/01-first-module/01-welcome.md", """
                ---
                title: Welcome
                ---
                Write the first lesson here, in Markdown.
                """);
        put(files, "modules/01-first-module/quiz.yaml", """
                questions:
                  - id: first-module-q1
                    type: true-false
                    competency: first-competency
                    prompt: Replace this statement with one a trainee judges true or false.
                    answer: true
                    explanation: Say why the answer is right.
                """);
        return files;
    }

    /** A title as a double-quoted YAML scalar, whatever characters it has. */
    private static String yamlText(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void put(SortedMap<String, byte[]> files, String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
