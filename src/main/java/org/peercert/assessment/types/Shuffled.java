package org.peercert.assessment.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.peercert.assessment.PresentedQuestion.Choice;

/**
 * Shuffling and labelling of shown choices, shared by the types that show choices. Only the given
 * {@link Random} is used, so the same random state always gives the same presentation.
 */
public final class Shuffled {

    private Shuffled() {}

    /** Authored positions {@code 0..size-1} in a random shown order. */
    public static List<Integer> order(int size, Random random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(order, random);
        return order;
    }

    public static boolean isAuthoredOrder(List<Integer> order) {
        return IntStream.range(0, order.size()).allMatch(i -> order.get(i) == i);
    }

    /** {@code texts} shuffled, with ids {@code <key>-a}, {@code <key>-b}... in shown order. */
    public static List<Choice> lettered(String key, List<String> texts, Random random) {
        return lettered(key, texts, order(texts.size(), random));
    }

    /** {@code texts} in the given shown {@code order}, with ids {@code <key>-a}, {@code <key>-b}... */
    public static List<Choice> lettered(String key, List<String> texts, List<Integer> order) {
        return label(key, texts, order, true);
    }

    /** {@code texts} shuffled, with ids {@code <key>-1}, {@code <key>-2}... in shown order. */
    public static List<Choice> numbered(String key, List<String> texts, Random random) {
        return label(key, texts, order(texts.size(), random), false);
    }

    private static List<Choice> label(String key, List<String> texts, List<Integer> order, boolean letters) {
        List<Choice> shown = new ArrayList<>(order.size());
        for (int position = 0; position < order.size(); position++) {
            int source = order.get(position);
            String suffix = letters ? letters(position) : Integer.toString(position + 1);
            shown.add(new Choice(key + "-" + suffix, texts.get(source), source));
        }
        return List.copyOf(shown);
    }

    /** 0 → a, 25 → z, 26 → aa... (questions have at most 8 choices, but nothing breaks beyond 26). */
    public static String letters(int index) {
        var label = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            label.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return label.toString();
    }
}
