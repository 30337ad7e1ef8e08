package dev.yusuan.codes;

import dev.yusuan.codes.internal.Csv;
import dev.yusuan.codes.internal.IntIndex;
import dev.yusuan.codes.internal.SchemeCodes;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.CodeParseException;
import dev.yusuan.core.code.Scheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The observed layer (文件所见科目): codes and names as printed in published documents, with their
 * source. It is evidence, kept apart from the catalog editions: an observed name never becomes
 * an entry's name, and an observed code never makes a code "exist" in an edition. It explains
 * unknown codes and recognises printed name variants.
 *
 * <p>Immutable and thread-safe.
 */
public final class Observations {
    private static final Observations EMPTY = new Observations(List.of());
    private static final List<String> REQUIRED = List.of("year", "code", "printed_name");
    private static final List<String> OPTIONAL = List.of("level", "parent", "source", "note");

    /**
     * Orders observations by year, those without a year last. A plain class rather than a lambda:
     * a cold start that looks a code up bootstraps no lambdas.
     */
    private static final Comparator<Observation> BY_YEAR = new Comparator<>() {
        @Override
        public int compare(Observation a, Observation b) {
            return Integer.compare(a.year().orElse(Integer.MAX_VALUE), b.year().orElse(Integer.MAX_VALUE));
        }
    };

    private final List<Observation> all;
    private final IntIndex<List<Observation>> byCode;

    private Observations(List<Observation> all) {
        this.all = List.copyOf(all);
        Map<Integer, List<Observation>> grouped = new LinkedHashMap<>();
        for (Observation o : all) {
            List<Observation> same = grouped.get(o.code().toInt());
            if (same == null) {
                same = new ArrayList<>(2);
                grouped.put(o.code().toInt(), same);
            }
            same.add(o);
        }
        int[] keys = new int[grouped.size()];
        Object[] values = new Object[grouped.size()];
        int i = 0;
        for (Map.Entry<Integer, List<Observation>> e : grouped.entrySet()) {
            keys[i] = e.getKey();
            values[i] = List.copyOf(e.getValue());
            i++;
        }
        this.byCode = IntIndex.of(keys, values);
    }

    /** @return an empty observed layer */
    public static Observations empty() {
        return EMPTY;
    }

    /**
     * @param observations observations
     * @return a layer holding them
     */
    public static Observations of(List<Observation> observations) {
        return new Observations(observations);
    }

    /**
     * Reads an observed-layer CSV (columns {@code year,code,printed_name} and optionally
     * {@code level,parent,source,note}; see DATA.md).
     *
     * @param file the file
     * @return the layer
     * @throws CatalogException naming the file and line of the first bad row
     */
    public static Observations fromCsv(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return fromCsv(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CatalogException(file.toString(), 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an observed-layer CSV from memory.
     *
     * @param name the name used in error messages
     * @param content the UTF-8 content
     * @return the layer
     * @throws CatalogException naming the file and line of the first bad row
     */
    public static Observations fromCsv(String name, byte[] content) {
        Csv csv = Csv.parse(name, content);
        csv.requireColumns(REQUIRED, OPTIONAL);
        List<Observation> out = new ArrayList<>();
        for (Csv.Row row : csv.rows()) {
            String text = row.get("code");
            Optional<Scheme> found = SchemeCodes.schemeOf(text);
            if (found.isEmpty()) {
                throw row.error("code '" + text + "' belongs to no classification scheme");
            }
            Scheme scheme = found.get();
            ClassificationCode<?> code;
            try {
                code = SchemeCodes.parse(scheme, text);
            } catch (CodeParseException e) {
                throw row.error("bad code: " + e.getMessage(), e);
            }
            String level = row.get("level");
            if (!level.isEmpty()) {
                Optional<CodeLevel> l = SchemeCodes.level(scheme, level);
                if (l.isEmpty() || l.get() != code.level()) {
                    throw row.error("level '" + level + "' does not match code " + code + " of " + text.length() + " digits");
                }
            }
            String parent = row.get("parent");
            Optional<? extends ClassificationCode<?>> parentCode = code.parent();
            String implied = parentCode.isPresent() ? parentCode.get().toString() : "";
            if (!parent.isEmpty() && !parent.equals(implied)) {
                throw row.error("parent '" + parent + "' does not match code " + code + ", whose parent is "
                        + (implied.isEmpty() ? "none" : implied));
            }
            String printed = row.get("printed_name");
            if (printed.isEmpty()) {
                throw row.error("code " + code + " has an empty printed_name");
            }
            String y = row.get("year");
            OptionalInt year = OptionalInt.empty();
            if (!y.isEmpty()) {
                year = OptionalInt.of(CatalogCsv.year(row, "year", y));
            }
            out.add(new Observation(year, code, printed, row.get("source"), row.get("note")));
        }
        return new Observations(out);
    }

    /**
     * The observations of a code (文件所见记录), oldest year first.
     *
     * @param code a code of any scheme
     * @return its observations, empty if none
     */
    public List<Observation> find(ClassificationCode<?> code) {
        Objects.requireNonNull(code, "code");
        List<Observation> found = byCode.get(code.toInt());
        if (found == null) {
            return List.of();
        }
        List<Observation> sorted = new ArrayList<>(found.size());
        for (Observation o : found) {
            if (o.code().scheme() == code.scheme()) {
                sorted.add(o);
            }
        }
        sorted.sort(BY_YEAR);
        return List.copyOf(sorted);
    }

    /** @return every observation, in file order */
    public List<Observation> all() {
        return all;
    }

    /** @return the number of observations */
    public int size() {
        return all.size();
    }

    /**
     * @param other another layer
     * @return a layer with the observations of both
     */
    public Observations plus(Observations other) {
        Objects.requireNonNull(other, "other");
        if (other.all.isEmpty()) {
            return this;
        }
        List<Observation> both = new ArrayList<>(all);
        both.addAll(other.all);
        return new Observations(both);
    }

    @Override
    public String toString() {
        return "Observations[" + all.size() + "]";
    }
}
