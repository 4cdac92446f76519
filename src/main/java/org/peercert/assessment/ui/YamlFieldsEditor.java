package org.peercert.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/** The fallback editor: a question's type fields as YAML text. */
final class YamlFieldsEditor implements QuestionEditor {

    private final TextArea text = new TextArea();

    YamlFieldsEditor() {
        text.setLabel("Type fields (YAML)");
        text.setWidthFull();
        text.addClassName("pc-yaml");
    }

    @Override
    public Component component() {
        return text;
    }

    @Override
    public void setFields(Map<String, Object> fields) {
        text.setValue(fields.isEmpty() ? "" : yaml().dump(fields));
    }

    @Override
    public Map<String, Object> fields() {
        if (text.getValue().isBlank()) {
            return Map.of();
        }
        try {
            Object value = yaml().load(text.getValue());
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> fields = new LinkedHashMap<>();
                map.forEach((key, v) -> fields.put(String.valueOf(key), v));
                return fields;
            }
            throw new IllegalArgumentException("The type fields must be 'name: value' lines.");
        } catch (YAMLException e) {
            throw new IllegalArgumentException("The type fields are not valid YAML: " + e.getMessage(), e);
        }
    }

    private static Yaml yaml() {
        var loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(10);
        var dumper = new DumperOptions();
        dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(new SafeConstructor(loader), new Representer(dumper), dumper, loader);
    }
}
