package org.peercert.curriculum.format;

import org.peercert.fields.Fields;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.peercert.curriculum.StudyTime;

/**
 * Reads a lesson: YAML front matter (title, optional minutes: estimated from the words otherwise) between '---' lines, then a CommonMark body.
 * Raw HTML beyond simple formatting tags and script links are refused with their line.
 */
final class LessonReader {

    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Safelist ALLOWED_HTML = Safelist.basic();
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private LessonReader() {}

    static Optional<Definitions.Lesson> read(String text, String file, String slug, Problems problems) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            problems.add(file, 1, "a lesson must start with front matter: a '---' line, 'title:' and 'minutes:', then '---'");
            return Optional.empty();
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.add(file, 1, "the front matter is not closed by a '---' line");
            return Optional.empty();
        }
        String frontMatter = normalized.substring(4, end + 1);
        String body = normalized.substring(end + 5);
        int bodyLineOffset = (int) normalized.substring(0, end + 5).chars().filter(c -> c == '\n').count();

        var yaml = YamlDocument.parse(frontMatter, file, 1, problems);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        Fields meta = yaml.get();
        meta.allowOnly(Set.of("title", "minutes"));
        String title = meta.text("title");
        int estimated = StudyTime.readingMinutes(body);
        int minutes = meta.integer("minutes", 1, 600, estimated);
        if (meta.has("minutes") && StudyTime.disagree(minutes, estimated)) {
            problems.warn(file, meta.lineOf("minutes"), "'minutes: " + minutes + "' but the text reads in about "
                    + estimated + " min (" + StudyTime.WORDS_PER_MINUTE + " words a minute): drop 'minutes' or fix it");
        }
        if (body.isBlank()) {
            problems.add(file, bodyLineOffset + 1, "the lesson has no text after the front matter");
        }
        checkSafety(body, file, bodyLineOffset, problems);
        return Optional.of(new Definitions.Lesson(slug, title, minutes, body));
    }

    /** Refuses nesting too deep to parse or render safely, raw HTML beyond simple tags and unsafe link schemes. */
    private static void checkSafety(String body, String file, int lineOffset, Problems problems) {
        OptionalInt deepLine = MarkdownNesting.firstTooDeepLine(body);
        if (deepLine.isPresent()) {
            problems.add(file, lineOffset + deepLine.getAsInt() + 1, MarkdownNesting.TOO_DEEP);
            return; // parsing it would take seconds or overflow the stack
        }
        Node document;
        try {
            document = MARKDOWN.parse(body);
        } catch (StackOverflowError e) { // nesting the line scan could not see; the stack has unwound by now
            problems.add(file, lineOffset + 1, MarkdownNesting.TOO_DEEP);
            return;
        }
        Optional<Node> tooDeep = MarkdownNesting.firstTooDeep(document);
        if (tooDeep.isPresent()) {
            problems.add(file, line(tooDeep.get(), lineOffset), MarkdownNesting.TOO_DEEP);
            return;
        }
        MarkdownNesting.walk(document, (node, depth) -> {
            switch (node) {
                case HtmlBlock html -> checkHtml(html.getLiteral(), file, line(node, lineOffset), problems);
                case HtmlInline html -> checkHtml(html.getLiteral(), file, line(node, lineOffset), problems);
                case Link link -> checkUrl(link.getDestination(), file, line(node, lineOffset), problems);
                case Image image -> checkUrl(image.getDestination(), file, line(node, lineOffset), problems);
                default -> { }
            }
            return true;
        });
    }

    private static void checkHtml(String html, String file, int line, Problems problems) {
        if (!Jsoup.isValid(html, ALLOWED_HTML)) {
            problems.add(file, line, "unsafe or unsupported HTML in a lesson (use Markdown instead): " + abbreviate(html));
        }
    }

    private static void checkUrl(String url, String file, int line, Problems problems) {
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (hasScheme && !SAFE_SCHEMES.contains(url.substring(0, colon).strip().toLowerCase())) {
            problems.add(file, line, "link scheme not allowed: " + abbreviate(url));
        }
    }

    private static int line(Node node, int lineOffset) {
        return node.getSourceSpans().isEmpty() ? lineOffset + 1 : node.getSourceSpans().getFirst().getLineIndex() + 1 + lineOffset;
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
