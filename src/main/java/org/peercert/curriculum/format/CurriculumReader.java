package org.peercert.curriculum.format;

import org.peercert.fields.Fields;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.curriculum.StudyTime;

/**
 * Reads and validates one course folder (docs/curriculum-format.md). Never throws for bad content:
 * the result holds either a course or the full list of problems.
 */
public final class CurriculumReader {

    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?");
    private static final Pattern LESSON_FILE = Pattern.compile("\\d{2}-[a-z0-9-]+\\.md");
    private static final long MAX_FILE_BYTES = 1_000_000;
    /** Far above any real course, and within the database column (DECIMAL(6,2)). */
    private static final BigDecimal MAX_CE_HOURS = BigDecimal.valueOf(1000);

    private final Path folder;
    private final String displayRoot;
    private final Problems problems = new Problems();

    private CurriculumReader(Path folder, String displayRoot) {
        this.folder = folder;
        this.displayRoot = displayRoot;
    }

    /** Reads the course in {@code folder}; file names in problems start with {@code displayRoot}. */
    public static CurriculumReadResult read(Path folder, String displayRoot) {
        return new CurriculumReader(folder, displayRoot).read();
    }

    public static CurriculumReadResult read(Path folder) {
        return read(folder, folder.toString());
    }

    /**
     * Whatever a bug in reading one course throws (a stack overflow on some input no check foresaw, a runtime
     * exception) becomes a problem of the file being read, so one bad file never stops the server or the CLI.
     */
    private CurriculumReadResult read() {
        try {
            return readCourse();
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(reading == null ? display(folder.resolve("course.yaml")) : display(reading), 1,
                    "could not be read (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return new CurriculumReadResult(null, problems.sorted());
        }
    }

    /** The file being read, named if reading it fails unexpectedly. */
    private @Nullable Path reading;

    private CurriculumReadResult readCourse() {
        Optional<Fields> courseYaml = yaml(folder.resolve("course.yaml"));
        if (courseYaml.isEmpty()) {
            return new CurriculumReadResult(null, problems.sorted());
        }
        Fields course = courseYaml.get();
        course.allowOnly(Set.of("id", "title", "version", "locale", "summary", "ce_hours", "live_hours", "validity_months",
                "competencies", "modules", "completion", "renewal"));
        String id = course.text("id");
        if (!id.isEmpty() && !QuestionReader.ID.matcher(id).matches()) {
            course.problem("id", "course id '" + id + "' must use lower-case letters, digits and dashes");
        }
        String version = course.text("version");
        if (!version.isEmpty() && !SEMVER.matcher(version).matches()) {
            course.problem("version", "version '" + version + "' is not a semantic version such as 1.0.0");
        }
        List<Definitions.Competency> competencies = competencies(course);
        Set<String> competencyIds = new HashSet<>(competencies.stream().map(Definitions.Competency::id).toList());
        Definitions.Completion completion = completion(course);
        var questions = new QuestionReader(competencyIds);
        Definitions.Instrument instrument = instrument(questions).orElse(null);
        BankReader bank = BankReader.read(this, folder, questions);
        List<Definitions.Module> modules = modules(course, competencyIds, questions, bank, completion.modulePassMark());
        bank.warnUnpicked();
        BigDecimal liveHours = course.has("live_hours") ? course.decimal("live_hours", MAX_CE_HOURS, 2) : BigDecimal.ZERO;
        BigDecimal ceHours = ceHours(course, modules, instrument, liveHours);
        if (completion.liveSessionsRequired() > 0 && liveHours.signum() == 0) {
            course.problem("completion", "'live_sessions_required' " + completion.liveSessionsRequired()
                    + " needs live sessions: set 'live_hours'");
        }

        int validityMonths = course.integer("validity_months", 1, 240, null);
        Definitions.Renewal renewal = renewal(course, validityMonths, modules);
        reading = null; // the content hash reads every file again
        var definition = new Definitions.Course(id, course.text("title"), version,
                course.optionalText("locale").orElse("en"), course.text("summary"), ceHours, liveHours,
                validityMonths, completion,
                competencies, modules, instrument, problems.isEmpty() ? ContentHash.of(folder) : "",
                renewal);
        return problems.isEmpty()
                ? new CurriculumReadResult(definition, List.of(), problems.warnings())
                : new CurriculumReadResult(null, problems.sorted());
    }

    /** More sessions than a year of weekly meetings is a typo, not a course. */
    static final int MAX_LIVE_SESSIONS = 52;

    /** Every rule is on unless the course turns it off: a certificate must stand for the course actually done. */
    private static Definitions.Completion completion(Fields course) {
        Optional<Fields> completion = course.map("completion");
        completion.ifPresent(c -> c.allowOnly(Set.of("module_pass_mark", "post_test_required", "every_lesson_read",
                "every_post_item_answered", "post_test_min_percent", "live_sessions_required")));
        return new Definitions.Completion(
                completion.map(c -> c.integer("module_pass_mark", 1, 100, 80)).orElse(80),
                completion.map(c -> c.bool("post_test_required", true)).orElse(true),
                completion.map(c -> c.bool("every_lesson_read", true)).orElse(true),
                completion.map(c -> c.bool("every_post_item_answered", true)).orElse(true),
                completion.map(c -> c.integer("post_test_min_percent", 0, 100, 0)).orElse(0),
                completion.map(c -> c.integer("live_sessions_required", 0, MAX_LIVE_SESSIONS, 0)).orElse(0));
    }

    /**
     * The optional refresher (course.yaml {@code renewal}): from {@code opens_days_before} days before expiry
     * the holder may renew by passing the listed modules' quizzes again and the knowledge check. The window
     * must fit in the validity period, or a fresh certificate would already be renewable.
     */
    private static Definitions.@Nullable Renewal renewal(Fields course, int validityMonths, List<Definitions.Module> modules) {
        Optional<Fields> renewal = course.map("renewal");
        if (renewal.isEmpty()) {
            return null;
        }
        Fields r = renewal.get();
        r.allowOnly(Set.of("opens_days_before", "modules", "knowledge_check"));
        int opens = r.integer("opens_days_before", 1, 365, 90);
        if (opens > validityMonths * 28) {
            r.problem("opens_days_before", "'opens_days_before' " + opens + " is longer than the validity of "
                    + validityMonths + " months");
        }
        List<String> known = modules.stream().map(Definitions.Module::id).toList();
        List<String> listed = r.textList("modules", true);
        if (new HashSet<>(listed).size() != listed.size()) {
            r.problem("modules", "a renewal module is listed twice");
        }
        listed.stream().filter(m -> !known.contains(m))
                .forEach(m -> r.problem("modules", "renewal module '" + m + "' is not one of the course's modules"));
        String check = r.optionalText("knowledge_check").orElse(Definitions.Renewal.POST_CHECK);
        if (!check.equals(Definitions.Renewal.POST_CHECK)) {
            r.problem("knowledge_check", "'knowledge_check' must be 'post' (the course's final competency check), found '" + check + "'");
        }
        return new Definitions.Renewal(opens, listed, check);
    }

    /**
     * CE hours are the self-paced time (modules and both competency checks, see {@link StudyTime}) plus the
     * live sessions; a declared {@code ce_hours} overrides the sum, with a warning when it is far from it.
     */
    private BigDecimal ceHours(Fields course, List<Definitions.Module> modules, Definitions.@Nullable Instrument instrument,
            BigDecimal liveHours) {
        int checkItems = instrument == null ? 0 : instrument.items().size();
        int selfPacedMinutes = modules.stream().mapToInt(Definitions.Module::estimatedMinutes).sum()
                + 2 * checkItems * StudyTime.MINUTES_PER_QUESTION;
        BigDecimal estimated = StudyTime.hours(selfPacedMinutes).add(liveHours);
        if (!course.has("ce_hours")) {
            return estimated;
        }
        BigDecimal declared = course.decimal("ce_hours", MAX_CE_HOURS, 2);
        if (declared.compareTo(liveHours) < 0) {
            course.problem("ce_hours", "'ce_hours' " + declared.toPlainString() + " is less than 'live_hours' " + liveHours.toPlainString());
        } else if (StudyTime.disagree(declared.doubleValue(), estimated.doubleValue())) {
            course.warn("ce_hours", "'ce_hours: " + declared.toPlainString() + "' but the content takes about "
                    + StudyTime.hours(selfPacedMinutes).stripTrailingZeros().toPlainString() + " h self-paced + " + liveHours.stripTrailingZeros().toPlainString()
                    + " h live = " + estimated.stripTrailingZeros().toPlainString() + " h: drop 'ce_hours' (it is computed) or fix it");
        }
        return declared;
    }

    private List<Definitions.Competency> competencies(Fields course) {
        List<Definitions.Competency> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields c : course.maps("competencies", true)) {
            c.allowOnly(Set.of("id", "title", "description"));
            String cid = c.text("id");
            if (!cid.isEmpty() && !seen.add(cid)) {
                c.problem("id", "duplicate competency id '" + cid + "'");
            }
            result.add(new Definitions.Competency(cid, c.text("title"), c.text("description")));
        }
        return result;
    }

    private Optional<Definitions.Instrument> instrument(QuestionReader questions) {
        return yaml(folder.resolve("assessment.yaml")).map(yaml -> {
            yaml.allowOnly(Set.of("id", "title", "instructions", "items"));
            List<QuestionDefinition> items = questions.readAll(yaml.maps("items", true));
            return new Definitions.Instrument(yaml.text("id"), yaml.text("title"), yaml.text("instructions"), items);
        });
    }

    private List<Definitions.Module> modules(Fields course, Set<String> competencyIds, QuestionReader questions, BankReader bank,
            int defaultPassMark) {
        List<String> listed = course.textList("modules", true);
        Map<String, Path> folders = moduleFolders(competencyIds);
        List<Definitions.Module> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String moduleId : listed) {
            if (!seen.add(moduleId)) {
                course.problem("modules", "module '" + moduleId + "' is listed twice");
            } else if (!folders.containsKey(moduleId)) {
                course.problem("modules", "module '" + moduleId + "' is listed but no modules/NN-*/module.yaml has that id");
            } else {
                new ModuleReader(files, problems, practiceIds, folders.get(moduleId), competencyIds, questions, bank, defaultPassMark).read().ifPresent(result::add);
                ModuleImages.check(this, folders.get(moduleId));
            }
        }
        folders.forEach((moduleId, dir) -> {
            if (!listed.contains(moduleId)) {
                problems.add(display(dir.resolve("module.yaml")), 1, "module '" + moduleId + "' is not listed in course.yaml modules");
            }
        });
        return result;
    }

    /** Module id to folder, read from each modules/*&#47;module.yaml. */
    private Map<String, Path> moduleFolders(Set<String> competencyIds) {
        Map<String, Path> result = new LinkedHashMap<>();
        Path modulesDir = folder.resolve("modules");
        if (!Files.isDirectory(modulesDir)) {
            problems.add(display(folder.resolve("course.yaml")), 1, "folder 'modules' is missing");
            return result;
        }
        if (pointsOutside(modulesDir)) {
            return result;
        }
        for (Path dir : list(modulesDir).stream().filter(Files::isDirectory).toList()) {
            if (pointsOutside(dir)) {
                continue;
            }
            Path moduleYaml = dir.resolve("module.yaml");
            if (!Files.exists(moduleYaml)) {
                problems.add(display(dir), 1, "module folder has no module.yaml");
                continue;
            }
            yaml(moduleYaml).map(y -> y.optionalText("id").orElse("")).filter(s -> !s.isEmpty()).ifPresent(moduleId -> {
                Path first = result.putIfAbsent(moduleId, dir);
                if (first != null) {
                    problems.add(display(moduleYaml), 1, "module id '" + moduleId + "' is also used by " + display(first));
                }
            });
        }
        return result;
    }

    // ---- the course's files, as module readers get them ----

    /** For {@link ModuleImages}, which reports into the course's problems. */
    Problems problems() {
        return problems;
    }

    private final CourseFiles files = new CourseFiles(this::yaml, this::text, this::list, this::display);

    /** Practice id to the file that first used it: ids are unique across the course. */
    private final Map<String, String> practiceIds = new HashMap<>();

    String display(Path file) {
        return displayRoot + "/" + ContentHash.relative(folder, file);
    }

    /**
     * A YAML file's top-level mapping, or empty with a problem. module.yaml is asked for twice (to find
     * ids, then to read), so each file is parsed once and the same map returned: its syntax problems are
     * reported once, and problems found while reading the second time still reach the report.
     */
    Optional<Fields> yaml(Path file) {
        Optional<Fields> cached = parsed.get(file);
        if (cached == null) {
            cached = text(file).flatMap(t -> YamlDocument.parse(t, display(file), 0, problems));
            parsed.put(file, cached);
        }
        return cached;
    }

    private final Map<Path, Optional<Fields>> parsed = new HashMap<>();

    Optional<String> text(Path file) {
        reading = file;
        if (!Files.isRegularFile(file)) {
            problems.add(display(file), 1, "file is missing");
            return Optional.empty();
        }
        if (pointsOutside(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(display(file), 1, "file is larger than 1 MB");
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return plainText(withoutByteOrderMark(text), file);
        } catch (CharacterCodingException e) {
            problems.add(display(file), 1, "file is not valid UTF-8 text");
        } catch (IOException e) {
            problems.add(display(file), 1, "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Editors on Windows often save UTF-8 with a byte order mark; it is not part of the text. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A NUL character (a binary file, a broken save) is refused at the line where it is. */
    private Optional<String> plainText(String text, Path file) {
        int nul = text.indexOf('\0');
        if (nul < 0) {
            return Optional.of(text);
        }
        int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
        problems.add(display(file), line, "the file contains a NUL character (save it as plain text)");
        return Optional.empty();
    }

    /**
     * A symbolic link (a file or a folder) whose target lies outside the course folder is refused: the course
     * would show, hash and publish a file that is not part of it (say /etc/passwd as a lesson).
     */
    private @Nullable Path realFolder;

    boolean pointsOutside(Path path) {
        try {
            if (realFolder == null) {
                realFolder = folder.toRealPath();
            }
            if (path.toRealPath().startsWith(realFolder)) {
                return false;
            }
            problems.add(display(path), 1, "link points outside the course");
        } catch (IOException e) {
            problems.add(display(path), 1, "cannot resolve link: " + e.getMessage());
        }
        return true;
    }

    List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            problems.add(display(dir), 1, "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    static boolean isLessonFile(Path file) {
        return LESSON_FILE.matcher(file.getFileName().toString()).matches();
    }
}
