package org.peercert.practice;

import java.util.Map;

/**
 * A validated practice file: its common fields and the whole file as read ({@code source}: maps, lists
 * and text), which is what is stored with the course version and read again by its kind at run time.
 */
public record PracticeDefinition(String id, String kind, String title, String summary, Counts counts,
        Map<String, String> rubric, Map<String, Object> source) {

    /** Which scored attempt counts: the first one, or the best one; the others are replays. */
    public enum Counts { FIRST, BEST }

    public PracticeDefinition {
        rubric = Map.copyOf(rubric);
    }
}
