package org.peercert.practice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peercert.practice.kinds.EmaSchedule;
import org.peercert.practice.kinds.SmartGoal;
import org.peercert.practice.kinds.SmsConversation;

/** The registry of practice kinds. Plain Java so the curriculum validator can run without Spring. */
public final class PracticeKinds {

    private static final PracticeKinds STANDARD = new PracticeKinds(List.of(
            new SmsConversation(), new EmaSchedule(), new SmartGoal()));

    private final Map<String, PracticeKind<?>> byName;

    private PracticeKinds(List<PracticeKind<?>> kinds) {
        this.byName = kinds.stream().collect(Collectors.toUnmodifiableMap(PracticeKind::name, Function.identity()));
    }

    public static PracticeKinds standard() {
        return STANDARD;
    }

    public Optional<PracticeKind<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public PracticeKind<?> require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("Unknown practice kind " + name));
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}
