package org.peercert.curriculum.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code validate-curriculum [folder...]}: checks course folders without starting the server. A folder
 * holding course.yaml is one course; otherwise each sub-folder with a course.yaml is checked.
 * Exit code 0 when all are valid, 1 when any problem was found, 2 on usage errors.
 */
public final class ValidateCommand {

    private ValidateCommand() {}

    public static void main(String[] args) {
        System.exit(run(args.length == 0 ? List.of("curriculum") : List.of(args)));
    }

    static int run(List<String> folders) {
        List<Path> courses = new ArrayList<>();
        for (String arg : folders) {
            Path path = Path.of(arg);
            if (Files.exists(path.resolve("course.yaml"))) {
                courses.add(path);
            } else if (Files.isDirectory(path)) {
                try (var children = Files.list(path)) {
                    children.filter(p -> Files.exists(p.resolve("course.yaml"))).sorted().forEach(courses::add);
                } catch (java.io.IOException e) {
                    System.err.println(arg + ": cannot list folder: " + e.getMessage());
                    return 2;
                }
            } else {
                System.err.println(arg + ": no such folder");
                return 2;
            }
        }
        if (courses.isEmpty()) {
            System.err.println("No course folders (with a course.yaml) found in " + folders);
            return 2;
        }
        int invalid = 0;
        for (Path course : courses) {
            CurriculumReadResult result = CurriculumReader.read(course, course.toString().replace('\\', '/'));
            if (!result.warnings().isEmpty()) {
                System.out.println(result.warningReport());
            }
            if (result.valid()) {
                var c = result.course();
                System.out.printf("OK %s: %s %s, %d modules, %d instrument items, %s CE hours (%s live)%n", course, c.id(), c.version(),
                        c.modules().size(), c.instrument().items().size(), c.ceHours().stripTrailingZeros().toPlainString(),
                        c.liveHours().stripTrailingZeros().toPlainString());
            } else {
                invalid++;
                System.out.println(result.report());
                System.out.printf("INVALID %s: %d problem(s)%n", course, result.problems().size());
            }
        }
        return invalid == 0 ? 0 : 1;
    }
}
