package org.peercert.authoring.gift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * One course question-bank file ({@code bank/<name>.yaml}, docs/curriculum-format.md): a title (the GIFT
 * category) and questions as plain maps in the curriculum's field names and order.
 */
public record BankFile(String path, String title, List<Map<String, Object>> questions) {

    public BankFile {
        questions = List.copyOf(questions);
    }

    /** The file's YAML, block style as the curriculum files are written. */
    public String yaml() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("title", title);
        file.put("questions", questions);
        return dumper().dump(file);
    }

    static Yaml dumper() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(110);
        return new Yaml(options);
    }
}
