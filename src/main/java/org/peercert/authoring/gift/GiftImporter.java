package org.peercert.authoring.gift;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peercert.authoring.gift.GiftReport.Entry;
import org.peercert.authoring.gift.GiftReport.Status;

/**
 * A GIFT file read into question-bank files, one per {@code $CATEGORY:}, with a report line per question.
 * Questions our format cannot hold are skipped with their line; the rest are imported. GIFT has no
 * competencies: the trainer picks one for the whole file.
 */
public final class GiftImporter {

    /** As large as a curriculum file may be; Moodle exports of a few hundred questions stay far below. */
    public static final int MAX_CHARS = 1_000_000;
    /** A bank file with more would pass the curriculum's 1 MB file limit: such a file is split first. */
    public static final int MAX_QUESTIONS = 1_000;
    public static final int MAX_QUESTION_CHARS = 20_000;
    private static final Pattern MOODLE_CONTEXT = Pattern.compile("\\$[a-z0-9]+\\$|top", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ID = 64;

    public record Result(List<BankFile> files, GiftReport report) {}

    private record Category(String slug, String title) {}

    private final String competency;
    private final Set<String> takenIds;
    private final Map<String, BankFileBuilder> files = new LinkedHashMap<>();
    private final List<Entry> report = new ArrayList<>();

    private static final class BankFileBuilder {
        final String title;
        final List<Map<String, Object>> questions = new ArrayList<>();

        BankFileBuilder(String title) {
            this.title = title;
        }
    }

    private GiftImporter(String competency, Set<String> takenIds) {
        this.competency = competency;
        this.takenIds = new HashSet<>(takenIds);
    }

    /**
     * @param takenIds ids the course already uses (new ids are made unique against them and each other)
     * @param defaultBank the bank file name for questions before any {@code $CATEGORY:} (slugged)
     * @throws GiftException when the whole file is refused
     */
    public static Result read(String gift, String competency, Set<String> takenIds, String defaultBank) {
        if (competency.isBlank()) {
            throw new GiftException("choose the competency the imported questions count toward");
        }
        String text = gift.startsWith("\uFEFF") ? gift.substring(1) : gift;
        if (text.length() > MAX_CHARS) {
            throw new GiftException("the file is larger than 1 MB: split it into smaller files");
        }
        if (text.indexOf('\0') >= 0) {
            throw new GiftException("the file is not plain text (it contains a NUL character): save it as UTF-8 text");
        }
        List<GiftBlocks.Block> blocks = GiftBlocks.of(text);
        long questions = blocks.stream().filter(b -> !isCategory(b)).count();
        if (questions > MAX_QUESTIONS) {
            throw new GiftException("the file has " + questions + " questions, more than " + MAX_QUESTIONS
                    + " for one question bank: split it into smaller files");
        }
        return new GiftImporter(competency, takenIds).read(blocks, category(defaultBank, defaultBank));
    }

    private Result read(List<GiftBlocks.Block> blocks, Category defaultCategory) {
        Category category = defaultCategory;
        for (GiftBlocks.Block block : blocks) {
            if (isCategory(block)) {
                String path = block.text().strip().substring("$CATEGORY:".length()).strip();
                category = category(path, defaultCategory.slug());
            } else if (block.text().length() > MAX_QUESTION_CHARS) {
                report.add(new Entry(GiftQuestionParser.shorten(block.text()), block.line(), null, Status.SKIPPED,
                        "the question is longer than " + MAX_QUESTION_CHARS + " characters"));
            } else {
                take(block, category);
            }
        }
        List<BankFile> result = files.entrySet().stream()
                .map(e -> new BankFile("bank/" + e.getKey() + ".yaml", e.getValue().title, e.getValue().questions)).toList();
        return new Result(result, new GiftReport(report));
    }

    private void take(GiftBlocks.Block block, Category category) {
        GiftQuestionParser.Parsed parsed = GiftQuestionParser.parse(block.text());
        if (parsed.fields() == null) {
            report.add(new Entry(parsed.title(), block.line(), null, Status.SKIPPED, String.valueOf(parsed.refusal())));
            return;
        }
        String id = uniqueId(slug(parsed.title()));
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", id);
        question.put("type", parsed.fields().get("type"));
        question.put("competency", competency);
        parsed.fields().forEach(question::putIfAbsent);
        files.computeIfAbsent(category.slug(), slug -> new BankFileBuilder(category.title())).questions.add(question);
        report.add(parsed.notes().isEmpty()
                ? new Entry(parsed.title(), block.line(), id, Status.IMPORTED, "imported as " + parsed.fields().get("type"))
                : new Entry(parsed.title(), block.line(), id, Status.WARNING, String.join("; ", parsed.notes())));
    }

    private static boolean isCategory(GiftBlocks.Block block) {
        return block.text().strip().startsWith("$CATEGORY:");
    }

    /** {@code $course$/top/Week 1/Safety} is the bank file week-1-safety titled "Week 1 / Safety". */
    private static Category category(String path, String fallback) {
        List<String> names = new ArrayList<>();
        for (String part : path.split("/")) {
            String name = GiftText.plain(GiftText.protect(part));
            if (!name.isEmpty() && !MOODLE_CONTEXT.matcher(name).matches()) {
                names.add(name);
            }
        }
        String title = String.join(" / ", names);
        String slug = slug(title);
        return slug.isEmpty() ? new Category(slug(fallback).isEmpty() ? "imported" : slug(fallback), fallback)
                : new Category(slug, title);
    }

    /** The curriculum id rule {@code [a-z0-9][a-z0-9-]{0,63}}: accents dropped, everything else a dash. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_ID - 4) { // room for a "-999" suffix
            slug = slug.substring(0, MAX_ID - 4).replaceAll("-+$", "");
        }
        return slug;
    }

    private String uniqueId(String slug) {
        String base = slug.isEmpty() ? "question" : slug;
        String id = base;
        for (int n = 2; !takenIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
