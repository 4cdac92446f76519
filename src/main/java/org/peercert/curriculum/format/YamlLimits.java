package org.peercert.curriculum.format;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Limits on a YAML file's shape. SnakeYAML enforces them while building the node tree but does not say in
 * which line; after such a failure {@link #check} replays the file's event stream (which keeps line numbers
 * and does not recurse) to name the line of the first collection or alias over a limit.
 */
public final class YamlLimits {

    static final int MAX_NESTING = 30;
    /** Aliases to lists or mappings: a few share options; thousands are an alias bomb ("billion laughs"). */
    static final int MAX_COLLECTION_ALIASES = 20;

    private YamlLimits() {}

    /** The options every curriculum YAML file is read with (also the authoring forms' YAML). */
    public static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        return options;
    }

    /** The first limit the document breaks, as a 0-based line and a message; empty when within limits. */
    static Optional<Violation> check(String text) {
        Map<String, Boolean> anchorIsCollection = new HashMap<>();
        int depth = 0;
        int collectionAliases = 0;
        for (Event event : new Yaml(new SafeConstructor(loaderOptions())).parse(new StringReader(text))) {
            if (event instanceof NodeEvent node && node.getAnchor() != null && !(event instanceof AliasEvent)) {
                anchorIsCollection.put(node.getAnchor(), event instanceof CollectionStartEvent);
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_NESTING) {
                return Optional.of(new Violation(event.getStartMark().getLine(), "nesting too deep (max " + MAX_NESTING + " levels)"));
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            } else if (event instanceof AliasEvent alias && anchorIsCollection.getOrDefault(alias.getAnchor(), false)
                    && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                return Optional.of(new Violation(event.getStartMark().getLine(), "more than " + MAX_COLLECTION_ALIASES
                        + " aliases (*name) to lists or mappings: such a file can expand without bound"));
            }
        }
        return Optional.empty();
    }

    record Violation(int line, String message) {}
}
