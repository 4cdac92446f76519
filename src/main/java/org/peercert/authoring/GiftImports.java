package org.peercert.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peercert.authoring.gift.BankFile;
import org.peercert.authoring.gift.GiftException;
import org.peercert.authoring.gift.GiftExporter;
import org.peercert.authoring.gift.GiftImporter;
import org.peercert.authoring.gift.GiftReport;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseVersionFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * GIFT files into a draft's question bank ({@code bank/*.yaml}) and bank files back out as GIFT, through
 * {@link Drafts} (so its access rules hold: the course's editors and admins, never trainees).
 */
@Service
public class GiftImports {

    /** What an import did: the per-question report, the bank files written, and the draft's problems afterwards. */
    public record Outcome(GiftReport report, List<String> files, List<DraftProblem> problems) {}

    static final String BANK = "bank/";
    /** Every {@code id:} in the draft's YAML files (questions, modules, competencies): a new id avoids them all. */
    private static final Pattern ID = Pattern.compile("(?m)^[\\s-]*id:\\s*['\"]?([a-z0-9][a-z0-9-]*)");

    private final Drafts drafts;
    private final CourseEditors editors;
    private final CourseCatalog catalog;
    private final CourseVersionFiles versionFiles;

    GiftImports(Drafts drafts, CourseEditors editors, CourseCatalog catalog, CourseVersionFiles versionFiles) {
        this.drafts = drafts;
        this.editors = editors;
        this.catalog = catalog;
        this.versionFiles = versionFiles;
    }

    /**
     * Imports a GIFT text: one bank file per {@code $CATEGORY:} (appended to when it exists), or every question into
     * {@code intoBankFile} when given; ids are unique across the draft. The whole file is refused (nothing saved) when
     * it is too large or not text; single questions are skipped in the report.
     */
    @Transactional
    public Outcome importGift(long actorId, long draftId, String gift, String competency, @Nullable String intoBankFile) {
        SortedMap<String, DraftFile> files = drafts.files(actorId, draftId);
        GiftImporter.Result result;
        try {
            result = GiftImporter.read(gift, competency, takenIds(files), intoBankFile == null ? "imported" : baseName(intoBankFile));
        } catch (GiftException e) {
            throw AuthoringException.invalid(e.getMessage());
        }
        Map<String, List<BankFile>> byPath = new LinkedHashMap<>();
        for (BankFile bank : result.files()) {
            String path = intoBankFile == null ? bank.path() : requireBankPath(intoBankFile);
            byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(bank);
        }
        List<String> written = new ArrayList<>();
        byPath.forEach((path, banks) -> {
            DraftFile existing = files.get(path);
            List<Map<String, Object>> questions = banks.stream().flatMap(b -> b.questions().stream()).toList();
            String yaml = existing == null ? new BankFile(path, banks.getFirst().title(), questions).yaml()
                    : appended(path, existing, questions);
            drafts.save(actorId, draftId, path, yaml.getBytes(StandardCharsets.UTF_8), existing == null ? 0 : existing.revision());
            written.add(path);
        });
        return new Outcome(result.report(), written, drafts.validate(actorId, draftId));
    }

    /** The draft's bank files, for the editor's choices. */
    @Transactional(readOnly = true)
    public List<String> bankFiles(long actorId, long draftId) {
        return drafts.files(actorId, draftId).keySet().stream().filter(p -> p.startsWith(BANK) && p.endsWith(".yaml")).toList();
    }

    @Transactional(readOnly = true)
    public GiftExporter.Result exportFromDraft(long actorId, long draftId, String bankFile) {
        DraftFile file = drafts.files(actorId, draftId).get(requireBankPath(bankFile));
        if (file == null) {
            throw AuthoringException.notFound("The draft has no file " + bankFile + ".");
        }
        return export(file.content(), bankFile);
    }

    /** A bank file of a published version, for whoever may edit the course. */
    @Transactional(readOnly = true)
    public GiftExporter.Result exportFromVersion(long actorId, long courseVersionId, String bankFile) {
        var version = catalog.courseVersion(courseVersionId).orElseThrow(() -> AuthoringException.notFound("No course version #" + courseVersionId + "."));
        editors.requireEditor(actorId, version.courseKey());
        byte[] content = versionFiles.file(courseVersionId, requireBankPath(bankFile))
                .orElseThrow(() -> AuthoringException.notFound("Version " + version.version() + " has no file " + bankFile + "."));
        return export(content, bankFile);
    }

    private static GiftExporter.Result export(byte[] content, String path) {
        String yaml = new String(content, StandardCharsets.UTF_8);
        try {
            return GiftExporter.export(yaml, GiftExporter.category(yaml, baseName(path)));
        } catch (GiftException e) {
            throw AuthoringException.invalid(path + ": " + e.getMessage());
        }
    }

    /** The existing file's questions with the new ones after them (the file is written anew: YAML comments are not kept). */
    private static String appended(String path, DraftFile existing, List<Map<String, Object>> questions) {
        Map<?, ?> root;
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(existing.content(), StandardCharsets.UTF_8));
            root = loaded instanceof Map<?, ?> map ? map : Map.of();
        } catch (RuntimeException e) {
            throw AuthoringException.invalid(path + " is not readable YAML; fix it or import into a new bank file.");
        }
        List<Map<String, Object>> all = new ArrayList<>();
        if (root.get("questions") instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(q -> all.add(stringKeys((Map<?, ?>) q)));
        }
        all.addAll(questions);
        Object title = root.get("title");
        return new BankFile(path, title == null ? baseName(path) : title.toString(), all).yaml();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static Set<String> takenIds(SortedMap<String, DraftFile> files) {
        Set<String> ids = new HashSet<>();
        files.values().stream().filter(f -> f.path().endsWith(".yaml")).forEach(f -> {
            Matcher m = ID.matcher(new String(f.content(), StandardCharsets.UTF_8));
            while (m.find()) {
                ids.add(m.group(1));
            }
        });
        return ids;
    }

    private static String requireBankPath(String path) {
        if (!path.matches("bank/[a-z0-9][a-z0-9-]{0,63}\\.yaml")) {
            throw AuthoringException.invalid("A question-bank file is named like bank/communication.yaml, not '" + path + "'.");
        }
        return path;
    }

    private static String baseName(String path) {
        return path.replaceFirst("^bank/", "").replaceFirst("\\.yaml$", "");
    }
}
