package org.peercert.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The course tree as the side list shows it, read from the draft's file paths (docs/curriculum-format.md):
 * modules in course.yaml order, each with its lessons in file-name order, quiz and practices.
 */
final class DraftTree {

    private static final Pattern LESSON = Pattern.compile("\\d{2}-[a-z0-9-]+\\.md");
    private static final Pattern PRACTICE = Pattern.compile("practice-[a-z0-9-]+\\.yaml");

    record ModuleNode(String id, String folder, String title, List<String> lessons, String quiz, List<String> practices) {
        String moduleYaml() {
            return folder + "/module.yaml";
        }
    }

    private DraftTree() {}

    /** Modules as listed in course.yaml, then any module folder it does not list (the validator reports those). */
    static List<ModuleNode> modules(DraftSession session) {
        Map<String, Object> course = safeLoad(session.text(CourseSettingsForm.PATH));
        List<ModuleNode> found = new ArrayList<>();
        for (String moduleYaml : session.paths(p -> p.matches("modules/[^/]+/module\\.yaml"))) {
            String folder = moduleYaml.substring(0, moduleYaml.length() - "/module.yaml".length());
            Map<String, Object> module = safeLoad(session.text(moduleYaml));
            found.add(new ModuleNode(DraftYaml.text(module, "id"), folder, DraftYaml.text(module, "title"),
                    session.paths(p -> inFolder(p, folder) && LESSON.matcher(name(p)).matches()),
                    folder + "/quiz.yaml",
                    session.paths(p -> inFolder(p, folder) && PRACTICE.matcher(name(p)).matches())));
        }
        List<String> order = DraftYaml.texts(course, "modules");
        found.sort(java.util.Comparator.comparingInt(m -> order.contains(m.id()) ? order.indexOf(m.id()) : Integer.MAX_VALUE));
        return found;
    }

    static List<String> competencyIds(DraftSession session) {
        return DraftYaml.maps(safeLoad(session.text(CourseSettingsForm.PATH)), "competencies").stream()
                .map(c -> DraftYaml.text(c, "id")).filter(id -> !id.isBlank()).toList();
    }

    static List<String> bankFiles(DraftSession session) {
        return session.paths(p -> p.matches("bank/[^/]+\\.yaml"));
    }

    /** The next free lesson number in a module folder: 01, 02... */
    static String nextLessonPrefix(ModuleNode module) {
        int highest = 0;
        for (String lesson : module.lessons()) {
            Matcher m = Pattern.compile("(\\d{2})-").matcher(name(lesson));
            if (m.lookingAt()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return String.format("%02d", highest + 1);
    }

    static String slug(String title) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean inFolder(String path, String folder) {
        return path.startsWith(folder + "/") && path.indexOf('/', folder.length() + 1) < 0;
    }

    /** A file that does not parse has no tree entries here; its problem is in the Problems list. */
    static Map<String, Object> safeLoad(String text) {
        try {
            return DraftYaml.load(text);
        } catch (IllegalArgumentException e) {
            return new java.util.LinkedHashMap<>();
        }
    }
}
