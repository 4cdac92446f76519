package org.peercert.authoring.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * A GIFT file cut into questions: blank lines separate them, lines starting with {@code //} are comments
 * (they neither separate nor belong to a question), each block keeps the line it starts at.
 */
final class GiftBlocks {

    record Block(int line, String text) {}

    private GiftBlocks() {}

    static List<Block> of(String file) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        int lineNumber = 0;
        for (String line : file.split("\r\n|\r|\n", -1)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current.toString()));
                    current.setLength(0);
                }
                continue;
            }
            if (current.isEmpty()) {
                start = lineNumber;
            } else {
                current.append('\n');
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(start, current.toString()));
        }
        return blocks;
    }
}
