package org.peercert.curriculum.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores a short list of single-line texts (objectives, competency ids) as one TEXT column. */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> lines) {
        return String.join("\n", lines);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column.isEmpty() ? List.of() : List.of(column.split("\n"));
    }
}
