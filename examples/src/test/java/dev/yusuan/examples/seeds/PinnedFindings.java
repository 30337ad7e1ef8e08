package dev.yusuan.examples.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pinned findings of each seed fixture, read from the tables of {@code examples/data/seeds/FINDINGS.md}. */
final class PinnedFindings {
    static final Path SEEDS = Path.of("data", "seeds");
    private static final Pattern SECTION = Pattern.compile("^## .*\\(`([a-z0-9-]+\\.json)`\\)");

    private PinnedFindings() {
    }

    /**
     * One finding as pinned: rule, severity, outcome, table kind, row key, column id, and the numbers
     * (empty strings where the finding has none).
     */
    record Pinned(String id, String rule, String severity, String outcome, String table, String row, String column, String expected,
            String actual, String difference) {
        boolean disputed() {
            return id.startsWith("D");
        }

        /** @return the finding without its number in the page, for comparing */
        String key() {
            return String.join(" | ", rule, severity, outcome, table, row, column, expected, actual, difference);
        }
    }

    /** @return per fixture file name, its pinned and disputed findings, in page order */
    static Map<String, List<Pinned>> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(SEEDS.resolve("FINDINGS.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Pinned>> out = new LinkedHashMap<>();
        String file = null;
        for (String line : lines) {
            Matcher m = SECTION.matcher(line);
            if (m.find()) {
                file = m.group(1);
                out.put(file, new ArrayList<>());
                continue;
            }
            if (file == null || !line.startsWith("| ")) {
                continue;
            }
            String[] c = line.split("\\|", -1);
            if (c.length != 13 || !c[1].strip().matches("D?[0-9]+")) {
                continue;
            }
            out.get(file).add(new Pinned(c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip(), c[5].strip(), c[6].strip(), c[7].strip(),
                    c[8].strip(), c[9].strip(), c[10].strip()));
        }
        return out;
    }
}
