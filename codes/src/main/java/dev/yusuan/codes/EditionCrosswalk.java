package dev.yusuan.codes;

import dev.yusuan.codes.internal.Csv;
import dev.yusuan.codes.internal.SchemeCodes;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeParseException;
import dev.yusuan.core.code.Scheme;
import dev.yusuan.core.money.Amount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Code histories between editions (科目跨版本对照): renames, new codes, retired codes, reused
 * codes, splits, merges and moves, read from the crosswalk data ({@code crosswalk.csv}, derived
 * from the reference {@code renames.csv}). Maps a code, or a table's rows, from the edition of
 * one year to that of another, in either direction.
 *
 * <p>An ambiguous split is reported with its candidates, never guessed, and its amount is not
 * allocated. A change whose edition is not verified is not applied; it is reported as
 * {@linkplain CrosswalkResult#uncertain() uncertain} when it may fall between the two years. A
 * code with no recorded change is presumed unchanged: the crosswalk knows only the changes it
 * records (see DATA.md for the gaps). The successors of a move or a split start with the change
 * (they did not exist before it); the successor of a merge existed before and continues.
 *
 * <p>Immutable and thread-safe.
 */
public final class EditionCrosswalk {
    private static final List<String> REQUIRED = List.of("scheme", "code", "change");
    private static final List<String> OPTIONAL = List.of("edition_from", "not_before", "old_name", "new_name", "successors", "source", "note");

    private final List<CodeChange> changes;

    private EditionCrosswalk(List<CodeChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * @param changes the recorded changes
     * @return a crosswalk over them
     */
    public static EditionCrosswalk of(List<CodeChange> changes) {
        return new EditionCrosswalk(changes);
    }

    /**
     * Reads a crosswalk CSV (see DATA.md).
     *
     * @param file the file
     * @return the crosswalk
     * @throws CatalogException naming the file and line of the first bad row
     */
    public static EditionCrosswalk fromCsv(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return fromCsv(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CatalogException(file.toString(), 0, "cannot read the file: " + e, e);
        }
    }

    /**
     * Reads a crosswalk CSV held in memory.
     *
     * @param name the name used in error messages
     * @param content the UTF-8 bytes
     * @return the crosswalk
     * @throws CatalogException naming the file and line of the first bad row
     */
    public static EditionCrosswalk fromCsv(String name, byte[] content) {
        Csv csv = Csv.parse(name, content);
        csv.requireColumns(REQUIRED, OPTIONAL);
        List<CodeChange> out = new ArrayList<>();
        for (Csv.Row row : csv.rows()) {
            String schemeText = row.get("scheme");
            Scheme scheme = SchemeCodes.fromFileKey(schemeText).orElseThrow(() -> row.error("scheme '" + schemeText
                    + "' is not function, economic-dept, economic-gov or revenue"));
            ClassificationCode<?> code = code(row, scheme, row.get("code"));
            ChangeKind kind = ChangeKind.fromText(row.get("change")).orElseThrow(() -> row.error("change '" + row.get("change")
                    + "' is not rename, new, retired, reuse, split, merge or move"));
            OptionalInt from = CatalogCsv.optionalYear(row, "edition_from");
            OptionalInt notBefore = CatalogCsv.optionalYear(row, "not_before");
            if (from.isEmpty() && notBefore.isEmpty()) {
                throw row.error("give edition_from, or not_before when the edition is not verified");
            }
            List<ClassificationCode<?>> successors = new ArrayList<>();
            for (String s : row.get("successors").split("\\|")) {
                if (!s.isBlank()) {
                    successors.add(code(row, scheme, s.strip()));
                }
            }
            Optional<String> oldName = Optional.of(row.get("old_name")).filter(s -> !s.isEmpty());
            Optional<String> newName = Optional.of(row.get("new_name")).filter(s -> !s.isEmpty());
            switch (kind) {
                case SPLIT:
                    if (successors.size() < 2) {
                        throw row.error("a split needs at least two successors");
                    }
                    break;
                case MERGE:
                case MOVE:
                    if (successors.size() != 1) {
                        throw row.error("a " + kind.fileName() + " needs exactly one successor");
                    }
                    break;
                case RENAME:
                    if (oldName.isEmpty() || newName.isEmpty()) {
                        throw row.error("a rename needs old_name and new_name");
                    }
                    break;
                default:
                    if (!successors.isEmpty()) {
                        throw row.error("a " + kind.fileName() + " has no successors");
                    }
            }
            out.add(new CodeChange(scheme, code, from, notBefore, kind, oldName, newName, successors, row.get("source"), row.get("note")));
        }
        return new EditionCrosswalk(out);
    }

    private static ClassificationCode<?> code(Csv.Row row, Scheme scheme, String text) {
        try {
            return SchemeCodes.parse(scheme, text);
        } catch (CodeParseException e) {
            throw row.error("bad code: " + e.getMessage(), e);
        }
    }

    /** @return every recorded change, in file order */
    public List<CodeChange> changes() {
        return changes;
    }

    /**
     * @param scheme a scheme
     * @param year an edition year
     * @return the verified changes of that scheme taking effect in that edition (该版本变动)
     */
    public List<CodeChange> changes(Scheme scheme, int year) {
        Objects.requireNonNull(scheme, "scheme");
        return changes.stream().filter(c -> c.scheme() == scheme && c.editionFrom().isPresent() && c.editionFrom().getAsInt() == year)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param code a code
     * @return the changes that involve it, as the changed code or as a successor, in file order (科目沿革)
     */
    public List<CodeChange> history(ClassificationCode<?> code) {
        Objects.requireNonNull(code, "code");
        return changes.stream().filter(c -> c.code().equals(code) || c.successors().contains(code)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Maps a code from the edition of one year to that of another (跨版本对照), forward or backward.
     *
     * @param <C> the code type
     * @param code a code of the source edition
     * @param fromYear the source edition year
     * @param toYear the target edition year
     * @return the outcome, the target code(s), the changes applied and those of unverified year
     */
    public <C extends ClassificationCode<C>> CrosswalkResult<C> map(C code, int fromYear, int toYear) {
        Objects.requireNonNull(code, "code");
        List<CodeChange> own = changes.stream().filter(c -> c.scheme() == code.scheme()).collect(Collectors.toList());
        // was the code valid in the source edition? The latest event at or before the source year
        // decides; without one, a code whose first event starts it (new, reused, or the successor of
        // a move or split) did not exist yet.
        Comparator<CodeChange> byYear = Comparator.comparingInt(c -> c.editionFrom().getAsInt());
        List<CodeChange> lifecycle = own.stream()
                .filter(c -> c.editionFrom().isPresent() && (starts(c, code) || (c.code().equals(code) && c.kind().endsCode())))
                .sorted(byYear).collect(Collectors.toList());
        Optional<CodeChange> last = lifecycle.stream().filter(c -> c.editionFrom().getAsInt() <= fromYear).reduce((a, b) -> b);
        if (last.isPresent() && !starts(last.get(), code)) {
            return new CrosswalkResult<>(code, fromYear, toYear, CrosswalkOutcome.NOT_IN_SOURCE, List.of(), List.of(last.get()), List.of(),
                    code + " is not a code of " + fromYear + ": " + last.get().describe());
        }
        if (last.isEmpty()) {
            Optional<CodeChange> first = lifecycle.stream().filter(c -> c.editionFrom().getAsInt() > fromYear).findFirst();
            if (first.isPresent() && starts(first.get(), code)) {
                int y = first.get().editionFrom().getAsInt();
                boolean forwardIntoIt = fromYear <= toYear && y <= toYear;
                return new CrosswalkResult<>(code, fromYear, toYear, forwardIntoIt ? CrosswalkOutcome.NEW : CrosswalkOutcome.NOT_IN_SOURCE,
                        List.of(), List.of(first.get()), List.of(), code + " is not a code of " + fromYear + ": it starts in " + y
                                + " (" + first.get().describe() + ")");
            }
        }
        if (fromYear <= toYear) {
            return forward(code, fromYear, toYear, own);
        }
        return backward(code, fromYear, toYear, own);
    }

    /** Whether a change starts the code: new, reused, or the code is a successor introduced by a move or split. */
    private static boolean starts(CodeChange c, ClassificationCode<?> code) {
        if (c.code().equals(code)) {
            return c.kind().startsCode();
        }
        return (c.kind() == ChangeKind.MOVE || c.kind() == ChangeKind.SPLIT) && c.successors().contains(code);
    }

    private <C extends ClassificationCode<C>> CrosswalkResult<C> forward(C code, int from, int to, List<CodeChange> own) {
        Set<C> current = new LinkedHashSet<>(List.of(code));
        List<CodeChange> applied = new ArrayList<>();
        boolean renamed = false;
        boolean moved = false;
        boolean merged = false;
        boolean isNew = false;
        boolean reused = false;
        for (CodeChange c : inRange(own, from, to, true)) {
            @SuppressWarnings("unchecked")
            C changed = (C) c.code();
            switch (c.kind()) {
                case RENAME:
                    if (current.contains(changed)) {
                        renamed = true;
                        applied.add(c);
                    }
                    break;
                case NEW:
                    if (changed.equals(code) && current.contains(code)) {
                        isNew = true;
                        current.clear();
                        applied.add(c);
                    }
                    break;
                case REUSE:
                    if (changed.equals(code) && !current.contains(code)) {
                        reused = true;
                        applied.add(c);
                    } else if (changed.equals(code)) {
                        isNew = true;
                        current.clear();
                        applied.add(c);
                    }
                    break;
                default:
                    if (current.remove(changed)) {
                        for (ClassificationCode<?> s : c.successors()) {
                            @SuppressWarnings("unchecked")
                            C sc = (C) s;
                            current.add(sc);
                        }
                        moved |= c.kind() == ChangeKind.MOVE;
                        merged |= c.kind() == ChangeKind.MERGE;
                        applied.add(c);
                    }
                    break;
            }
        }
        return result(code, from, to, current, applied, uncertain(own, from, to, current, code), renamed, moved, merged, isNew, reused);
    }

    private <C extends ClassificationCode<C>> CrosswalkResult<C> backward(C code, int from, int to, List<CodeChange> own) {
        Set<C> current = new LinkedHashSet<>(List.of(code));
        List<CodeChange> applied = new ArrayList<>();
        boolean renamed = false;
        boolean moved = false;
        boolean merged = false;
        boolean isNew = false;
        boolean reused = false;
        for (CodeChange c : inRange(own, to, from, false)) {
            @SuppressWarnings("unchecked")
            C changed = (C) c.code();
            @SuppressWarnings("unchecked")
            List<C> successors = (List<C>) (List<?>) c.successors();
            switch (c.kind()) {
                case RENAME:
                    if (current.contains(changed)) {
                        renamed = true;
                        applied.add(c);
                    }
                    break;
                case NEW:
                    if (current.remove(changed)) {
                        isNew = true;
                        applied.add(c);
                    }
                    break;
                case REUSE:
                    if (current.remove(changed)) {
                        reused = true;
                        applied.add(c);
                    }
                    break;
                case MOVE:
                    if (current.remove(successors.get(0))) {
                        current.add(changed);
                        moved = true;
                        applied.add(c);
                    }
                    break;
                case SPLIT:
                    if (current.removeAll(successors)) {
                        current.add(changed);
                        merged = true;
                        applied.add(c);
                    }
                    break;
                case MERGE:
                    if (current.contains(successors.get(0))) {
                        current.add(changed);
                        applied.add(c);
                    }
                    break;
                default:
                    break;
            }
        }
        return result(code, from, to, current, applied, uncertain(own, to, from, current, code), renamed, moved, merged, isNew, reused);
    }

    private static List<CodeChange> inRange(List<CodeChange> own, int lowExclusive, int highInclusive, boolean ascending) {
        Comparator<CodeChange> byYear = Comparator.comparingInt(c -> c.editionFrom().getAsInt());
        return own.stream()
                .filter(c -> c.editionFrom().isPresent() && c.editionFrom().getAsInt() > lowExclusive && c.editionFrom().getAsInt() <= highInclusive)
                .sorted(ascending ? byYear : byYear.reversed())
                .collect(Collectors.toList());
    }

    private static <C extends ClassificationCode<C>> List<CodeChange> uncertain(List<CodeChange> own, int low, int high, Set<C> current, C code) {
        return own.stream()
                .filter(c -> c.mayFallIn(low, high) && (current.contains(c.code()) || c.code().equals(code)
                        || c.successors().stream().anyMatch(current::contains)))
                .collect(Collectors.toUnmodifiableList());
    }

    private static <C extends ClassificationCode<C>> CrosswalkResult<C> result(C code, int from, int to, Set<C> current, List<CodeChange> applied,
            List<CodeChange> uncertain, boolean renamed, boolean moved, boolean merged, boolean isNew, boolean reused) {
        CrosswalkOutcome outcome;
        List<C> targets = new ArrayList<>(current);
        targets.sort(Comparator.naturalOrder());
        if (current.isEmpty()) {
            outcome = reused ? CrosswalkOutcome.REUSED : isNew ? CrosswalkOutcome.NEW : CrosswalkOutcome.RETIRED;
        } else if (current.size() > 1) {
            outcome = CrosswalkOutcome.SPLIT;
        } else if (reused) {
            outcome = CrosswalkOutcome.REUSED;
        } else if (merged) {
            outcome = CrosswalkOutcome.MERGED;
        } else if (moved) {
            outcome = CrosswalkOutcome.MOVED;
        } else if (renamed) {
            outcome = CrosswalkOutcome.RENAMED;
        } else {
            outcome = CrosswalkOutcome.UNCHANGED;
        }
        StringBuilder sb = new StringBuilder().append(code).append(' ').append(from).append(" → ").append(to).append(": ")
                .append(outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        if (!targets.isEmpty() && outcome != CrosswalkOutcome.UNCHANGED && outcome != CrosswalkOutcome.RENAMED) {
            sb.append(outcome == CrosswalkOutcome.SPLIT ? " (candidates " : " (to ")
                    .append(targets.stream().map(Object::toString).collect(Collectors.joining(", "))).append(')');
        }
        for (CodeChange c : applied) {
            sb.append("; ").append(c.describe());
        }
        for (CodeChange c : uncertain) {
            sb.append("; not applied, edition not verified: ").append(c.describe());
        }
        return new CrosswalkResult<>(code, from, to, outcome, outcome == CrosswalkOutcome.NEW || outcome == CrosswalkOutcome.RETIRED
                ? List.of() : targets, applied, uncertain, sb.toString());
    }

    /**
     * Maps a table's rows from one edition to another (整表跨版本转换): renamed, moved and merged
     * codes carry their amounts (summed exactly where several land on one code); split, retired,
     * new and not-in-source codes keep their amounts apart, unallocated.
     *
     * @param <C> the code type
     * @param rows amounts by code in the source edition
     * @param fromYear the source edition year
     * @param toYear the target edition year
     * @return the carried amounts and the unresolved ones, with every row's result
     */
    public <C extends ClassificationCode<C>> CrosswalkTable<C> mapAmounts(Map<C, Amount> rows, int fromYear, int toYear) {
        Objects.requireNonNull(rows, "rows");
        Map<C, Amount> mapped = new TreeMap<>();
        Map<C, Amount> unresolved = new TreeMap<>();
        Map<C, CrosswalkResult<C>> results = new LinkedHashMap<>();
        for (Map.Entry<C, Amount> e : rows.entrySet()) {
            C code = Objects.requireNonNull(e.getKey(), "code");
            Amount amount = Objects.requireNonNull(e.getValue(), "amount of " + code);
            CrosswalkResult<C> r = map(code, fromYear, toYear);
            results.put(code, r);
            if (r.target().isPresent()) {
                mapped.merge(r.target().get(), amount, Amount::plus);
            } else {
                unresolved.merge(code, amount, Amount::plus);
            }
        }
        return new CrosswalkTable<>(fromYear, toYear, new TreeMap<>(mapped), new TreeMap<>(unresolved), results);
    }

    @Override
    public String toString() {
        return "EditionCrosswalk[" + changes.size() + " changes]";
    }
}
