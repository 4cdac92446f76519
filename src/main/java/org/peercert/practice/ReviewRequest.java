package org.peercert.practice;

import java.util.List;

/**
 * Something the trainee wrote that only a person can judge (an own reply, a goal's achievability). A
 * trainer scores it 0-{@value #MAX_POINTS} on each dimension and comments.
 */
public record ReviewRequest(String itemKey, String context, String text, List<String> dimensions) {

    public static final int MAX_POINTS = 2;

    public ReviewRequest {
        dimensions = List.copyOf(dimensions);
    }
}
