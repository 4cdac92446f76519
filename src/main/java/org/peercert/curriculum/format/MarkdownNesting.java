package org.peercert.curriculum.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;

/**
 * How deeply a lesson may nest quotes, lists, emphasis and links. commonmark-java merges inline text and
 * renders recursively: thousands of levels overflow the stack (and take seconds to parse), so a lesson is
 * first scanned line by line and, once parsed, measured by a walk that does not recurse.
 */
final class MarkdownNesting {

    static final int MAX_DEPTH = 32;
    static final String TOO_DEEP = "nesting too deep (max " + MAX_DEPTH + " levels of quotes, lists, emphasis or links)";

    private MarkdownNesting() {}

    /**
     * The 0-based index of the first line that opens more than {@link #MAX_DEPTH} levels, counting the
     * {@code >} and list markers it starts with and the emphasis/bracket openers still open in its paragraph.
     * Cheap and before parsing; nesting built up by indentation alone is left to {@link #firstTooDeep(Node)}.
     */
    static OptionalInt firstTooDeepLine(String markdown) {
        String[] lines = markdown.split("\n", -1);
        int openInline = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                openInline = 0; // emphasis never spans paragraphs
                continue;
            }
            int at = 0;
            int blocks = 0;
            while (true) {
                while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
                    at++;
                }
                int marker = markerEnd(line, at);
                if (marker < 0) {
                    break;
                }
                blocks++;
                at = marker;
            }
            Inline inline = inlineOpeners(line, at, openInline);
            if (blocks + inline.peak() > MAX_DEPTH) {
                return OptionalInt.of(i);
            }
            openInline = inline.open();
        }
        return OptionalInt.empty();
    }

    /** After a quote or list marker at {@code at}, the index behind it; -1 when none starts there. */
    private static int markerEnd(String line, int at) {
        if (at >= line.length()) {
            return -1;
        }
        char c = line.charAt(at);
        if (c == '>') {
            return at + 1;
        }
        int end = at;
        if (c == '-' || c == '+' || c == '*') {
            end = at + 1;
        } else {
            while (end < line.length() && end - at < 9 && Character.isDigit(line.charAt(end))) {
                end++;
            }
            if (end == at || end >= line.length() || (line.charAt(end) != '.' && line.charAt(end) != ')')) {
                return -1;
            }
            end++;
        }
        // a list marker needs a space after it and some text that is not just more markers ('- - -' is a rule)
        boolean spaced = end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t');
        boolean hasText = line.substring(end).chars().anyMatch(ch -> " \t-+*>".indexOf(ch) < 0 && !Character.isDigit(ch) && ch != '.' && ch != ')');
        return spaced && hasText ? end : -1;
    }

    /**
     * Emphasis delimiters and brackets open in this line (see {@link Inline}): a run of '*' or '_' before a non-space
     * opens as many levels as it is long, one after a non-space closes; '[' opens and ']' closes. An upper
     * bound of real nesting, which is enough to refuse thousands of levels without false alarms on prose.
     */
    private static Inline inlineOpeners(String line, int from, int open) {
        int peak = open;
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '*' || c == '_') {
                int end = i;
                while (end < line.length() && line.charAt(end) == c) {
                    end++;
                }
                boolean afterText = i > 0 && !Character.isWhitespace(line.charAt(i - 1));
                boolean beforeText = end < line.length() && !Character.isWhitespace(line.charAt(end));
                if (afterText && open > 0) {
                    open = Math.max(0, open - (end - i));
                } else if (beforeText) {
                    open += end - i;
                    peak = Math.max(peak, open);
                }
                i = end;
            } else {
                if (c == '[') {
                    peak = Math.max(peak, ++open);
                } else if (c == ']' && open > 0) {
                    open--;
                }
                i++;
            }
        }
        return new Inline(open, peak);
    }

    /** Openers still open at the end of a line, and the most open at any point of it. */
    private record Inline(int open, int peak) {}

    /** The first node (in document order) inside more than {@link #MAX_DEPTH} levels. */
    static Optional<Node> firstTooDeep(Node document) {
        Node[] found = {null};
        walk(document, (node, depth) -> {
            if (depth > MAX_DEPTH) {
                found[0] = node;
            }
            return found[0] == null;
        });
        return Optional.ofNullable(found[0]);
    }

    /** Sees a node and its nesting level (the quotes, list items, emphasis and links around and at it). */
    interface Visitor {
        /** @return false to stop the walk */
        boolean visit(Node node, int depth);
    }

    /** Visits every node in document order with its level, using a stack of its own instead of recursion. */
    static void walk(Node document, Visitor visitor) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop() + (levels(node) ? 1 : 0);
            if (!visitor.visit(node, depth)) {
                return;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth);
            }
        }
    }

    private static boolean levels(Node node) {
        return node instanceof BlockQuote || node instanceof ListItem || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Link || node instanceof Image;
    }
}
