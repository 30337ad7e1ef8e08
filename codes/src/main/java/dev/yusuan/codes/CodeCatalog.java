package dev.yusuan.codes;

import dev.yusuan.codes.internal.IntIndex;
import dev.yusuan.codes.internal.Lazy;
import dev.yusuan.codes.internal.Names;
import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.Scheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One edition of the classification catalog (政府收支分类科目), as bundled or loaded from CSV: the
 * {@link Catalog} of core plus name lookups, former names, ancestors, resolution of printed codes
 * with a reason, and the edition's {@link EconomicCorrespondence correspondence table}.
 *
 * <p>Lookups by code go through an index on the code's integer value and return a cached
 * {@code Optional}: no allocation on the hot path. An edition holds active codes and, where the
 * data records them, codes retired before or in the edition ({@link EntryStatus#RETIRED}, kept so
 * that old data can be read); {@link #find} returns both, so check the status or use
 * {@link #resolve}. Coverage is declared per scheme and level by {@link #completeness}: the
 * bundled editions are reconstructions and mostly partial below the 款 level (see DATA.md).
 *
 * <p>Immutable and thread-safe.
 */
public final class CodeCatalog implements Catalog {
    private final Edition edition;
    private final Map<Scheme, Map<CodeLevel, Completeness>> completeness;
    private final IntIndex<Optional<CatalogEntry<?>>> index;
    private final IntIndex<List<CatalogEntry<?>>> children;
    private final Map<Scheme, List<CatalogEntry<?>>> byScheme;
    private final List<CatalogEntry<?>> all;
    private final Lazy<NameIndex> names = Lazy.of(new NameIndexBuilder(this));
    private final Lazy<EconomicCorrespondence> correspondence = Lazy.of(new CorrespondenceBuilder(this));
    private final Lazy<List<MappingRow>> mappingRows;
    private final Lazy<Observations> observations;

    CodeCatalog(Edition edition, Map<Scheme, Map<CodeLevel, Completeness>> completeness, List<CatalogEntry<?>> entries,
            Lazy<List<MappingRow>> mappingRows, Lazy<Observations> observations) {
        this.edition = Objects.requireNonNull(edition, "edition");
        Map<Scheme, Map<CodeLevel, Completeness>> c = new EnumMap<>(Scheme.class);
        for (Scheme s : Scheme.values()) {
            Map<CodeLevel, Completeness> levels = new EnumMap<>(CodeLevel.class);
            for (CodeLevel l : s.levels()) {
                levels.put(l, completeness.getOrDefault(s, Map.of()).getOrDefault(l, Completeness.ABSENT));
            }
            c.put(s, Collections.unmodifiableMap(levels));
        }
        this.completeness = Collections.unmodifiableMap(c);
        this.observations = Objects.requireNonNull(observations, "observations");

        List<CatalogEntry<?>> sorted = new ArrayList<>(entries);
        sorted.sort(BY_SCHEME_THEN_CODE);
        this.all = List.copyOf(sorted);

        int[] keys = new int[sorted.size()];
        Object[] values = new Object[sorted.size()];
        Map<Integer, List<CatalogEntry<?>>> kids = new LinkedHashMap<>();
        Map<Scheme, List<CatalogEntry<?>>> schemes = new EnumMap<>(Scheme.class);
        for (int i = 0; i < sorted.size(); i++) {
            CatalogEntry<?> e = sorted.get(i);
            keys[i] = e.code().toInt();
            values[i] = Optional.of(e);
            if (e.parent().isPresent()) {
                int p = e.parent().get().toInt();
                List<CatalogEntry<?>> siblings = kids.get(p);
                if (siblings == null) {
                    siblings = new ArrayList<>();
                    kids.put(p, siblings);
                }
                siblings.add(e);
            }
            List<CatalogEntry<?>> ofScheme = schemes.get(e.code().scheme());
            if (ofScheme == null) {
                ofScheme = new ArrayList<>();
                schemes.put(e.code().scheme(), ofScheme);
            }
            ofScheme.add(e);
        }
        this.index = IntIndex.of(keys, values);
        int[] pk = new int[kids.size()];
        Object[] pv = new Object[kids.size()];
        int i = 0;
        for (Map.Entry<Integer, List<CatalogEntry<?>>> e : kids.entrySet()) {
            pk[i] = e.getKey();
            pv[i] = List.copyOf(e.getValue());
            i++;
        }
        this.children = IntIndex.of(pk, pv);
        Map<Scheme, List<CatalogEntry<?>>> bs = new EnumMap<>(Scheme.class);
        for (Scheme s : Scheme.values()) {
            bs.put(s, List.copyOf(schemes.getOrDefault(s, List.of())));
        }
        this.byScheme = Collections.unmodifiableMap(bs);

        this.mappingRows = Objects.requireNonNull(mappingRows, "mappingRows");
    }

    /** The correspondence table, built on first use from the mapping rows and the department codes. */
    private EconomicCorrespondence buildCorrespondence() {
        SortedSet<DepartmentEconomicCode> dept = new TreeSet<>();
        Map<DepartmentEconomicCode, String> deptNames = new HashMap<>();
        for (CatalogEntry<?> e : byScheme.get(Scheme.DEPARTMENT_ECONOMIC)) {
            if (e.status() == EntryStatus.ACTIVE) {
                DepartmentEconomicCode d = (DepartmentEconomicCode) e.code();
                dept.add(d);
                deptNames.put(d, e.name());
            }
        }
        return new EconomicCorrespondence(edition.id(), mappingRows(), Collections.unmodifiableSortedSet(dept), deptNames);
    }

    @Override
    public Edition edition() {
        return edition;
    }

    /**
     * Looks a code up (查找科目). Returns active and retired entries; check
     * {@link CatalogEntry#status()}.
     *
     * @param <C> the code type
     * @param code the code
     * @return its entry, or empty if the edition does not hold it
     */
    @Override
    @SuppressWarnings("unchecked")
    public <C extends ClassificationCode<C>> Optional<CatalogEntry<C>> find(C code) {
        // the integer value identifies the code among all schemes (its leading digit and length
        // decide the scheme, and codes never start with 0), so the index needs no scheme check
        Optional<CatalogEntry<?>> found = index.get(code.toInt());
        return found == null ? Optional.empty() : (Optional<CatalogEntry<C>>) (Optional<?>) found;
    }

    /**
     * Looks up a code whose type is not known statically (查找任意科目), e.g. a row key of a table.
     *
     * @param code a code of any scheme
     * @return its entry, or empty if the edition does not hold it
     */
    public Optional<CatalogEntry<?>> findAny(ClassificationCode<?> code) {
        Objects.requireNonNull(code, "code");
        Optional<CatalogEntry<?>> found = index.get(code.toInt());
        return found == null ? Optional.empty() : found;
    }

    /**
     * {@link #resolve(ClassificationCode)} for a code whose type is not known statically.
     *
     * @param code a code of any scheme
     * @return the resolution
     */
    public CodeResolution<?> resolveAny(ClassificationCode<?> code) {
        return resolveCaptured(code, Optional.empty());
    }

    /**
     * {@link #resolve(ClassificationCode, String)} for a code whose type is not known statically.
     *
     * @param code a code of any scheme
     * @param printedName the name printed with it
     * @return the resolution
     */
    public CodeResolution<?> resolveAny(ClassificationCode<?> code, String printedName) {
        return resolveCaptured(code, Optional.of(Objects.requireNonNull(printedName, "printedName")));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private CodeResolution<?> resolveCaptured(ClassificationCode<?> code, Optional<String> printed) {
        Objects.requireNonNull(code, "code");
        return resolve((ClassificationCode) code, printed);
    }

    /**
     * @param <C> the code type
     * @param code the code
     * @return whether the edition holds the code as an active code (有效科目)
     */
    public <C extends ClassificationCode<C>> boolean contains(C code) {
        return find(code).map(e -> e.status() == EntryStatus.ACTIVE).orElse(false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C extends ClassificationCode<C>> List<CatalogEntry<C>> children(C code) {
        Objects.requireNonNull(code, "code");
        List<CatalogEntry<?>> found = children.get(code.toInt());
        if (found == null) {
            return List.of();
        }
        return (List<CatalogEntry<C>>) (List<?>) found;
    }

    /**
     * The entries above a code that the edition holds (上级科目), outermost (the 类) first.
     *
     * @param <C> the code type
     * @param code the code
     * @return the ancestors present in the edition
     */
    public <C extends ClassificationCode<C>> List<CatalogEntry<C>> ancestors(C code) {
        Objects.requireNonNull(code, "code");
        List<CatalogEntry<C>> out = new ArrayList<>(3);
        for (C a : code.ancestors()) {
            find(a).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    @Override
    public List<CatalogEntry<?>> roots(Scheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        return byScheme.get(scheme).stream().filter(e -> e.level() == CodeLevel.CATEGORY).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param scheme a scheme
     * @return every entry of the scheme (active and retired), in code order
     */
    public List<CatalogEntry<?>> entries(Scheme scheme) {
        return byScheme.get(Objects.requireNonNull(scheme, "scheme"));
    }

    /** @return every entry of every scheme, by scheme then code */
    public List<CatalogEntry<?>> entries() {
        return all;
    }

    /**
     * @param scheme a scheme
     * @param level a level of the scheme
     * @return the number of active codes at that level (科目数)
     */
    public int count(Scheme scheme, CodeLevel level) {
        Objects.requireNonNull(level, "level");
        return (int) entries(scheme).stream().filter(e -> e.level() == level && e.status() == EntryStatus.ACTIVE).count();
    }

    @Override
    public Completeness completeness(Scheme scheme, CodeLevel level) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(level, "level");
        Completeness c = completeness.get(scheme).get(level);
        if (c == null) {
            throw new IllegalArgumentException(scheme.chineseName() + " has no level " + level.chineseName());
        }
        return c;
    }

    /**
     * Entries whose name is exactly the given name (按名称查找), after normalising full-width forms
     * and whitespace. Names are not unique: 行政运行 is the {@code 01} 项 of many 款.
     *
     * @param name a name
     * @return the entries of any scheme with that name, by scheme then code
     */
    public List<CatalogEntry<?>> findByName(String name) {
        return names.get().byName.getOrDefault(Names.normalise(Objects.requireNonNull(name, "name")), List.of());
    }

    /**
     * @param scheme a scheme
     * @param name a name
     * @return the entries of that scheme with that name, in code order
     */
    public List<CatalogEntry<?>> findByName(Scheme scheme, String name) {
        Objects.requireNonNull(scheme, "scheme");
        return findByName(name).stream().filter(e -> e.code().scheme() == scheme).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Entries whose name contains a text (名称模糊查找), after normalisation.
     *
     * @param text a fragment of a name, e.g. 医疗
     * @return the matching entries, by scheme then code
     */
    public List<CatalogEntry<?>> search(String text) {
        String t = Names.normalise(Objects.requireNonNull(text, "text"));
        if (t.isEmpty()) {
            return List.of();
        }
        return all.stream().filter(e -> Names.normalise(e.name()).contains(t)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The entries that carry a name as a former name (旧称): 医疗卫生与计划生育支出 gives
     * {@code 210} 卫生健康支出.
     *
     * @param name a name as printed
     * @return the entries that used to have that name, by scheme then code
     */
    public List<CatalogEntry<?>> formerNameOf(String name) {
        return names.get().byFormerName.getOrDefault(Names.normalise(Objects.requireNonNull(name, "name")), List.of());
    }

    /**
     * Resolves a printed code without a name (科目核对). See {@link #resolve(ClassificationCode, String)}.
     *
     * @param <C> the code type
     * @param code the code
     * @return the resolution
     */
    public <C extends ClassificationCode<C>> CodeResolution<C> resolve(C code) {
        return resolve(code, Optional.empty());
    }

    /**
     * Resolves a printed code and name (科目及名称核对): active, retired or unknown, with how the name
     * compares (exact, equivalent, a former name, a variant observed in documents, different) and,
     * for an unknown code, a reason: the level's completeness, a local sub-item, an unknown
     * parent, the standard 项 meaning of its suffix, its appearances in documents.
     *
     * @param <C> the code type
     * @param code the code
     * @param printedName the name printed with it
     * @return the resolution, never null; nothing is thrown for an unknown code
     */
    public <C extends ClassificationCode<C>> CodeResolution<C> resolve(C code, String printedName) {
        return resolve(code, Optional.of(Objects.requireNonNull(printedName, "printedName")));
    }

    private <C extends ClassificationCode<C>> CodeResolution<C> resolve(C code, Optional<String> printed) {
        Objects.requireNonNull(code, "code");
        List<Observation> obs = observations.get().find(code);
        Optional<CatalogEntry<C>> entry = find(code);
        if (entry.isPresent()) {
            CatalogEntry<C> e = entry.get();
            NameMatch match = printed.isPresent() ? match(e, printed.get(), obs) : NameMatch.NOT_CHECKED;
            StringBuilder reason = new StringBuilder();
            if (e.status() == EntryStatus.ACTIVE) {
                reason.append(code).append(' ').append(e.name()).append(" is in edition ").append(edition.id());
            } else {
                reason.append(code).append(' ').append(e.name()).append(" is retired in edition ").append(edition.id());
                String lastValid = e.provenance().get("valid_to");
                if (lastValid != null) {
                    reason.append(" (last valid ").append(lastValid).append(')');
                }
            }
            if (match == NameMatch.FORMER_NAME) {
                reason.append("; '").append(printed.get()).append("' is a former name");
            } else if (match == NameMatch.OBSERVED_VARIANT) {
                reason.append("; '").append(printed.get()).append("' is a printed variant seen in documents, not the official name");
            } else if (match == NameMatch.DIFFERENT) {
                reason.append("; the printed name '").append(printed.get()).append("' differs from the edition's");
                String p = Names.normalise(printed.get());
                for (Observation o : obs) {
                    if (!withinValidity(e, o) && Names.normalise(o.printedName()).equals(p)) {
                        reason.append("; documents of ").append(o.year().getAsInt())
                                .append(" print that name for the code, which had another meaning then (see the crosswalk)");
                        break;
                    }
                }
            }
            return new CodeResolution<>(code, e.status() == EntryStatus.ACTIVE ? ResolutionStatus.ACTIVE : ResolutionStatus.RETIRED,
                    entry, printed, match, reason.toString(), obs);
        }
        return new CodeResolution<>(code, ResolutionStatus.UNKNOWN, Optional.empty(), printed, NameMatch.NOT_CHECKED,
                unknownReason(code, obs), obs);
    }

    private static NameMatch match(CatalogEntry<?> e, String printed, List<Observation> obs) {
        if (e.name().equals(printed)) {
            return NameMatch.EXACT;
        }
        String p = Names.normalise(printed);
        if (Names.normalise(e.name()).equals(p)) {
            return NameMatch.EQUIVALENT;
        }
        for (String f : e.formerNames()) {
            if (Names.normalise(f).equals(p)) {
                return NameMatch.FORMER_NAME;
            }
        }
        for (Observation o : obs) {
            if (withinValidity(e, o) && Names.normalise(o.printedName()).equals(p)) {
                return NameMatch.OBSERVED_VARIANT;
            }
        }
        return NameMatch.DIFFERENT;
    }

    /** Whether an observation's year lies in the years of the entry's row (an unknown year counts). */
    private static boolean withinValidity(CatalogEntry<?> e, Observation o) {
        if (o.year().isEmpty()) {
            return true;
        }
        int y = o.year().getAsInt();
        String from = e.provenance().get("valid_from");
        String to = e.provenance().get("valid_to");
        return (from == null || Integer.parseInt(from) <= y) && (to == null || y <= Integer.parseInt(to));
    }

    private <C extends ClassificationCode<C>> String unknownReason(C code, List<Observation> obs) {
        Scheme scheme = code.scheme();
        CodeLevel level = code.level();
        StringBuilder sb = new StringBuilder();
        boolean schemeAbsent = true;
        for (CodeLevel l : scheme.levels()) {
            schemeAbsent &= completeness(scheme, l) == Completeness.ABSENT;
        }
        if (schemeAbsent) {
            sb.append(code).append(" is unknown: edition ").append(edition.id()).append(" holds no ").append(scheme.chineseName())
                    .append(" codes");
        } else if (level == CodeLevel.LOCAL) {
            ClassificationCode<?> parent = code.parent().orElseThrow();
            Optional<CatalogEntry<C>> p = find(code.parent().orElseThrow());
            sb.append(code).append(" is a local sub-item (地方细化) below ").append(parent)
                    .append(p.isPresent() ? " " + p.get().name() : ", which is not in the edition either")
                    .append("; local sub-items are not national codes and edition ").append(edition.id())
                    .append(completeness(scheme, level) == Completeness.ABSENT ? " holds none" : " does not hold this one");
        } else {
            Completeness c = completeness(scheme, level);
            sb.append(code).append(" is not in edition ").append(edition.id());
            switch (c) {
                case COMPLETE:
                    sb.append(", whose ").append(level.chineseName()).append(" level is complete");
                    break;
                case PARTIAL:
                    sb.append("; its ").append(level.chineseName()).append(" level is partial, so the code may exist");
                    break;
                default:
                    sb.append(", which holds no ").append(level.chineseName()).append(" codes of the ").append(scheme.chineseName());
                    break;
            }
            Optional<C> parent = code.parent();
            if (parent.isPresent()) {
                C p = parent.get();
                Optional<CatalogEntry<C>> pe = find(p);
                if (pe.isEmpty()) {
                    sb.append("; its parent ").append(p).append(" is not in the edition either");
                } else {
                    sb.append("; its parent ").append(p).append(' ').append(pe.get().name()).append(" is in the edition");
                }
            }
            if (code instanceof FunctionCode) {
                Optional<StandardItem> standard = StandardItems.of((FunctionCode) code);
                if (standard.isPresent()) {
                    sb.append("; suffix ").append(standard.get().suffix()).append(" is the standard 项 ")
                            .append(standard.get().chineseName());
                }
            }
        }
        if (!obs.isEmpty()) {
            sb.append("; observed in documents: ");
            for (int i = 0; i < obs.size() && i < 3; i++) {
                Observation o = obs.get(i);
                sb.append(i == 0 ? "" : ", ").append(o.year().isPresent() ? o.year().getAsInt() + " " : "").append(o.printedName());
            }
            if (obs.size() > 3) {
                sb.append(" (").append(obs.size()).append(" observations)");
            }
        }
        return sb.toString();
    }

    /** @return the correspondence table of this edition (两套支出经济分类科目对照表); empty if the edition has none */
    public EconomicCorrespondence correspondence() {
        return correspondence.get();
    }

    /** @return the observed layer attached to this edition (文件所见科目), used to recognise printed variants */
    public Observations observations() {
        return observations.get();
    }

    /** @return the observed layer, not loaded until first used */
    Lazy<Observations> lazyObservations() {
        return observations;
    }

    /** @return the correspondence rows that apply in this edition, read on first use for a bundled edition */
    List<MappingRow> mappingRows() {
        return mappingRows.get();
    }

    Map<Scheme, Map<CodeLevel, Completeness>> completenessMap() {
        return completeness;
    }

    /**
     * @return the entries as an immutable list, for loaders that merge an extension over this edition
     */
    List<CatalogEntry<?>> entryList() {
        return all;
    }

    /** The entries by normalised name and by normalised former name, built on the first name lookup. */
    private record NameIndex(Map<String, List<CatalogEntry<?>>> byName, Map<String, List<CatalogEntry<?>>> byFormerName) {
    }

    /** Orders entries by scheme, then by the text of the code. */
    private static final Comparator<CatalogEntry<?>> BY_SCHEME_THEN_CODE = new Comparator<>() {
        @Override
        public int compare(CatalogEntry<?> a, CatalogEntry<?> b) {
            int c = a.code().scheme().compareTo(b.code().scheme());
            return c != 0 ? c : a.code().toString().compareTo(b.code().toString());
        }
    };

    private static final class CorrespondenceBuilder implements java.util.function.Supplier<EconomicCorrespondence> {
        private final CodeCatalog catalog;

        CorrespondenceBuilder(CodeCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public EconomicCorrespondence get() {
            return catalog.buildCorrespondence();
        }
    }

    private static final class NameIndexBuilder implements java.util.function.Supplier<NameIndex> {
        private final CodeCatalog catalog;

        NameIndexBuilder(CodeCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public NameIndex get() {
            return catalog.nameIndex();
        }
    }

    private NameIndex nameIndex() {
        Map<String, List<CatalogEntry<?>>> byName = new HashMap<>();
        Map<String, List<CatalogEntry<?>>> byFormer = new HashMap<>();
        for (CatalogEntry<?> e : all) {
            add(byName, Names.normalise(e.name()), e);
            for (String f : e.formerNames()) {
                add(byFormer, Names.normalise(f), e);
            }
        }
        return new NameIndex(frozen(byName), frozen(byFormer));
    }

    private static void add(Map<String, List<CatalogEntry<?>>> m, String key, CatalogEntry<?> e) {
        List<CatalogEntry<?>> l = m.get(key);
        if (l == null) {
            l = new ArrayList<>(1);
            m.put(key, l);
        }
        l.add(e);
    }

    private static Map<String, List<CatalogEntry<?>>> frozen(Map<String, List<CatalogEntry<?>>> m) {
        Map<String, List<CatalogEntry<?>>> out = new HashMap<>(m.size() * 2);
        for (Map.Entry<String, List<CatalogEntry<?>>> e : m.entrySet()) {
            out.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "CodeCatalog[" + edition.id() + ": " + edition.title() + ", " + all.size() + " entries]";
    }
}
