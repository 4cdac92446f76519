package org.peercert.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.curriculum.format.Definitions;

/**
 * Compares two course trees: files by bytes, questions by their stable id (as the reader parsed them, so moving a
 * question or reformatting its YAML is no change, and a changed option is). A tree that does not read as a valid
 * course contributes no questions.
 */
final class DraftDiffer {

    private static final Pattern MODULE_YAML = Pattern.compile("modules/([^/]+)/module\\.yaml");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:[ \\t]*[\"']?([^\"'\\s]+)");

    private DraftDiffer() {}

    record Tree(SortedMap<String, byte[]> files, Definitions.@Nullable Course course) {}

    static DraftDiff diff(Tree base, Tree draft) {
        return new DraftDiff(files(base.files(), draft.files()), changes(questions(base), questions(draft)));
    }

    private static List<DraftDiff.Change> files(SortedMap<String, byte[]> base, SortedMap<String, byte[]> draft) {
        List<DraftDiff.Change> changes = new ArrayList<>();
        for (String path : new TreeSet<>(union(base.keySet(), draft.keySet()))) {
            byte[] before = base.get(path);
            byte[] after = draft.get(path);
            if (before == null) {
                changes.add(new DraftDiff.Change(path, path, DraftDiff.Kind.ADDED));
            } else if (after == null) {
                changes.add(new DraftDiff.Change(path, path, DraftDiff.Kind.REMOVED));
            } else if (!Arrays.equals(before, after)) {
                changes.add(new DraftDiff.Change(path, path, DraftDiff.Kind.CHANGED));
            }
        }
        return changes;
    }

    private record Located(QuestionDefinition question, String path) {}

    private static List<DraftDiff.Change> changes(Map<String, Located> base, Map<String, Located> draft) {
        List<DraftDiff.Change> changes = new ArrayList<>();
        for (String id : new TreeSet<>(union(base.keySet(), draft.keySet()))) {
            Located before = base.get(id);
            Located after = draft.get(id);
            if (before == null) {
                changes.add(new DraftDiff.Change(id, after.path(), DraftDiff.Kind.ADDED));
            } else if (after == null) {
                changes.add(new DraftDiff.Change(id, before.path(), DraftDiff.Kind.REMOVED));
            } else if (!before.question().equals(after.question())) {
                changes.add(new DraftDiff.Change(id, after.path(), DraftDiff.Kind.CHANGED));
            }
        }
        return changes;
    }

    /** Question id to the question and the file it is in. */
    private static Map<String, Located> questions(Tree tree) {
        Map<String, Located> result = new LinkedHashMap<>();
        Definitions.Course course = tree.course();
        if (course == null) {
            return result;
        }
        if (course.instrument() != null) {
            course.instrument().items().forEach(q -> result.put(q.id(), new Located(q, "assessment.yaml")));
        }
        Map<String, String> folders = moduleFolders(tree.files());
        for (Definitions.Module module : course.modules()) {
            String path = folders.getOrDefault(module.id(), "modules") + "/quiz.yaml";
            module.quiz().forEach(q -> result.put(q.id(), new Located(q, path)));
        }
        return result;
    }

    /** Module id to its folder (modules/01-x), from each module.yaml's id line. */
    private static Map<String, String> moduleFolders(SortedMap<String, byte[]> files) {
        Map<String, String> folders = new LinkedHashMap<>();
        files.forEach((path, bytes) -> {
            Matcher m = MODULE_YAML.matcher(path);
            if (m.matches()) {
                Matcher id = ID_LINE.matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                if (id.find()) {
                    folders.putIfAbsent(id.group(1), "modules/" + m.group(1));
                }
            }
        });
        return folders;
    }

    private static <T> List<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
