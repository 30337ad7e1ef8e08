package dev.yusuan.codes;

import dev.yusuan.codes.internal.Lazy;
import dev.yusuan.codes.internal.Names;
import dev.yusuan.codes.internal.SchemeCodes;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.CatalogException;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Loads an edition from CSV files in the documented format (自定义科目目录): a full edition of
 * your own, or a local extension (地方扩展: extra 项 codes, local economic sub-items) merged over
 * an existing edition. See DATA.md for the format.
 *
 * <p>A loader is an immutable description; every {@code with…} method returns a new loader and
 * {@link #load()} reads the files. A bad file gives a {@link CatalogException} naming the file,
 * the line and the reason: bad encoding, a malformed line, an unknown column, a bad code, an empty
 * name, a level that does not match the code's length, a parent column that does not match the
 * code, a duplicate code, a parent that is not in the edition, a correspondence row whose codes
 * are not in the edition, two official correspondence rows for the same code and unit type.
 *
 * <pre>{@code
 * CodeCatalog mine = CatalogLoader.newEdition(new Edition("2022", 2022, "2022年政府收支分类科目", "1", List.of("MoF")))
 *         .withCatalogCsv(Path.of("functional-2022.csv"))
 *         .withCompleteness(Scheme.FUNCTION, CodeLevel.ITEM, Completeness.COMPLETE)
 *         .load();
 * CodeCatalog hunan = CatalogLoader.extending(Catalogs.requireEdition(2021), "hunan")
 *         .withCatalogCsv(Path.of("hunan-local-2021.csv"))
 *         .load();
 * }</pre>
 */
public final class CatalogLoader {
    private final Edition edition;
    private final Optional<CodeCatalog> base;
    private final List<Source> catalogSources;
    private final List<Source> mappingSources;
    private final Map<Scheme, Map<CodeLevel, Completeness>> declared;
    private final Lazy<Observations> observations;
    private final String descriptorName;

    /**
     * The empty observed layer of an edition of your own, in a holder class: loading a bundled
     * edition, which has the bundled layer, then does not initialise the observed-layer classes.
     */
    private static final class NoObservations {
        static final Lazy<Observations> LAYER = Lazy.ofValue(Observations.empty());
    }

    private record Source(String name, Supplier<byte[]> content, Optional<Scheme> scheme) {
    }

    private CatalogLoader(Edition edition, Optional<CodeCatalog> base, List<Source> catalogSources, List<Source> mappingSources,
            Map<Scheme, Map<CodeLevel, Completeness>> declared, Lazy<Observations> observations, String descriptorName) {
        this.edition = edition;
        this.base = base;
        this.catalogSources = List.copyOf(catalogSources);
        this.mappingSources = List.copyOf(mappingSources);
        Map<Scheme, Map<CodeLevel, Completeness>> copy = new EnumMap<>(Scheme.class);
        for (Map.Entry<Scheme, Map<CodeLevel, Completeness>> e : declared.entrySet()) {
            copy.put(e.getKey(), Map.copyOf(e.getValue()));
        }
        this.declared = copy;
        this.observations = observations;
        this.descriptorName = descriptorName;
    }

    /**
     * Starts a full edition of your own (完整版本). Each scheme's levels default to
     * {@link Completeness#PARTIAL} where the files hold codes and {@link Completeness#ABSENT}
     * elsewhere; declare {@link Completeness#COMPLETE} with {@link #withCompleteness}.
     *
     * @param edition the identity of the edition
     * @return a loader without files
     */
    public static CatalogLoader newEdition(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return new CatalogLoader(edition, Optional.empty(), List.of(), List.of(), Map.of(), NoObservations.LAYER,
                "edition " + edition.id());
    }

    /**
     * Starts a local extension (地方扩展) merged over an edition: the extension adds codes (extra
     * 项, local economic sub-items) and correspondence rows; it may repeat a national code with the
     * same name, but not give it another name. The result's id is {@code base id + "+" + suffix}
     * ({@code 2021+hunan}), its year the base's, its completeness the base's (a level the base
     * holds nothing of becomes partial when the extension adds codes to it), and it keeps the
     * base's observed layer.
     *
     * @param base the edition to extend
     * @param suffix a short name of the extension, e.g. {@code hunan}
     * @return a loader without files
     */
    public static CatalogLoader extending(CodeCatalog base, String suffix) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(suffix, "suffix");
        if (suffix.isBlank() || !suffix.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("extension suffix '" + suffix + "' must be letters, digits, '.', '_' or '-'");
        }
        Edition b = base.edition();
        Edition e = new Edition(b.id() + "+" + suffix, b.year(), b.title() + "（" + suffix + " 地方扩展）", b.dataVersion() + "+" + suffix,
                b.sources());
        return new CatalogLoader(e, Optional.of(base), List.of(), List.of(), base.completenessMap(), base.lazyObservations(),
                "edition " + e.id());
    }

    /**
     * Loads an edition directory: an {@code edition.properties} descriptor (id, year, title,
     * data.version, source.N, file.&lt;scheme&gt;, completeness.&lt;scheme&gt;, optionally
     * {@code extends=<year of a bundled edition>}) and the CSV files it names, relative to the
     * directory. See DATA.md.
     *
     * @param directory the directory
     * @return the edition
     * @throws CatalogException naming the file and line of the first problem
     */
    public static CodeCatalog fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path descriptor = directory.resolve("edition.properties");
        EditionDescriptor d = EditionDescriptor.parse(descriptor.toString(), readFile(descriptor));
        CatalogLoader loader;
        if (d.extendsYear().isPresent()) {
            CodeCatalog base = Catalogs.bundled().edition(d.extendsYear().get()).orElseThrow(() -> new CatalogException(
                    descriptor.toString(), 0, "extends " + d.extendsYear().get() + ", but no bundled edition has that year"));
            if (d.edition().year() != base.edition().year()) {
                throw new CatalogException(descriptor.toString(), 0, "year " + d.edition().year() + " differs from the year "
                        + base.edition().year() + " of the edition it extends");
            }
            loader = new CatalogLoader(d.edition(), Optional.of(base), List.of(), List.of(), base.completenessMap(),
                    base.lazyObservations(), descriptor.toString());
        } else {
            loader = new CatalogLoader(d.edition(), Optional.empty(), List.of(), List.of(), Map.of(), NoObservations.LAYER,
                    descriptor.toString());
        }
        for (Map.Entry<String, String> f : d.files().entrySet()) {
            Path p = directory.resolve(f.getValue()).normalize();
            if (f.getKey().equals(EditionDescriptor.MAPPING_KEY)) {
                loader = loader.withMappingCsv(p);
            } else {
                loader = loader.withSource(new Source(p.toString(), () -> readFile(p), SchemeCodes.fromFileKey(f.getKey())));
            }
        }
        return loader.withDeclared(d.completeness()).load();
    }

    /**
     * Loads an edition directory from class-path or module resources, as {@link #fromDirectory}
     * does from the file system: how a {@link CatalogProvider} jar ships an edition.
     *
     * @param anchor a class of the module that holds the resources
     * @param directory the resource directory, e.g. {@code "org/example/codes/2022"} (no leading slash)
     * @return the edition
     * @throws CatalogException naming the resource and line of the first problem
     */
    public static CodeCatalog fromResources(Class<?> anchor, String directory) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(directory, "directory");
        String dir = directory.endsWith("/") ? directory : directory + "/";
        return fromResources(Resources.near(anchor, dir + "edition.properties"), dir, NoObservations.LAYER, false);
    }

    /**
     * @param resources where the edition's files lie
     * @param dir the resource directory, ending with {@code /}
     * @param observations the observed layer of the edition
     * @param bundled whether it is a bundled edition, whose correspondence rows are then read and
     *     checked on first use (a lookup needs none of them; the build checks the bundled data)
     * @return the edition
     */
    static CodeCatalog fromResources(Resources resources, String dir, Lazy<Observations> observations, boolean bundled) {
        String descriptor = dir + "edition.properties";
        EditionDescriptor d = EditionDescriptor.parse(descriptor, resources.read(descriptor));
        if (d.extendsYear().isPresent()) {
            throw new CatalogException(descriptor, 0, "a resource edition cannot extend another; ship a full edition");
        }
        CatalogLoader loader = new CatalogLoader(d.edition(), Optional.empty(), List.of(), List.of(), Map.of(), observations, descriptor);
        for (Map.Entry<String, String> f : d.files().entrySet()) {
            String path = normalise(dir + f.getValue());
            Supplier<byte[]> content = new ResourceContent(resources, path);
            if (f.getKey().equals(EditionDescriptor.MAPPING_KEY)) {
                loader = loader.withMapping(new Source(path, content, Optional.empty()));
            } else {
                loader = loader.withSource(new Source(path, content, SchemeCodes.fromFileKey(f.getKey())));
            }
        }
        return loader.withDeclared(d.completeness()).load(bundled);
    }

    /**
     * Adds a catalog CSV file (columns {@code code,name,level,parent} and optionally
     * {@code valid_from,valid_to,former_names,source,confidence,note}). The scheme of each row
     * follows from its code's leading digit; one file may mix schemes.
     *
     * @param file the file
     * @return a new loader with the file added
     */
    public CatalogLoader withCatalogCsv(Path file) {
        Objects.requireNonNull(file, "file");
        return withSource(new Source(file.toString(), () -> readFile(file), Optional.empty()));
    }

    /**
     * Adds a catalog CSV held in memory.
     *
     * @param name the name used in error messages
     * @param content the UTF-8 bytes
     * @return a new loader with the file added
     */
    public CatalogLoader withCatalogCsv(String name, byte[] content) {
        Objects.requireNonNull(name, "name");
        byte[] copy = content.clone();
        return withSource(new Source(name, () -> copy, Optional.empty()));
    }

    /**
     * Adds a correspondence-table CSV (columns {@code dept_code,gov_code,unit_type,kind} and
     * optionally {@code dept_name,gov_name,condition,source,confidence,note}).
     *
     * @param file the file
     * @return a new loader with the file added
     */
    public CatalogLoader withMappingCsv(Path file) {
        Objects.requireNonNull(file, "file");
        return withMapping(new Source(file.toString(), () -> readFile(file), Optional.empty()));
    }

    /**
     * Adds a correspondence-table CSV held in memory.
     *
     * @param name the name used in error messages
     * @param content the UTF-8 bytes
     * @return a new loader with the file added
     */
    public CatalogLoader withMappingCsv(String name, byte[] content) {
        Objects.requireNonNull(name, "name");
        byte[] copy = content.clone();
        return withMapping(new Source(name, () -> copy, Optional.empty()));
    }

    /**
     * Declares how complete a level of a scheme is (完整性声明).
     *
     * @param scheme the scheme
     * @param level a level of the scheme
     * @param completeness the declaration; checked against the data when loading
     * @return a new loader with the declaration
     */
    public CatalogLoader withCompleteness(Scheme scheme, CodeLevel level, Completeness completeness) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(completeness, "completeness");
        if (!scheme.levels().contains(level)) {
            throw new IllegalArgumentException(scheme.chineseName() + " has no level " + level.chineseName());
        }
        Map<Scheme, Map<CodeLevel, Completeness>> d = new EnumMap<>(Scheme.class);
        declared.forEach((s, m) -> d.put(s, copy(m)));
        d.computeIfAbsent(scheme, s -> new EnumMap<>(CodeLevel.class)).put(level, completeness);
        return new CatalogLoader(edition, base, catalogSources, mappingSources, d, observations, descriptorName);
    }

    /**
     * Attaches an observed layer, used by {@link CodeCatalog#resolve} to recognise printed variants.
     *
     * @param observations the layer
     * @return a new loader with the layer
     */
    public CatalogLoader withObservations(Observations observations) {
        Objects.requireNonNull(observations, "observations");
        return new CatalogLoader(edition, base, catalogSources, mappingSources, declared, Lazy.ofValue(observations), descriptorName);
    }

    private static Map<CodeLevel, Completeness> copy(Map<CodeLevel, Completeness> m) {
        Map<CodeLevel, Completeness> x = new EnumMap<>(CodeLevel.class);
        x.putAll(m);
        return x;
    }

    private CatalogLoader withSource(Source s) {
        List<Source> l = new ArrayList<>(catalogSources);
        l.add(s);
        return new CatalogLoader(edition, base, l, mappingSources, declared, observations, descriptorName);
    }

    private CatalogLoader withMapping(Source s) {
        List<Source> l = new ArrayList<>(mappingSources);
        l.add(s);
        return new CatalogLoader(edition, base, catalogSources, l, declared, observations, descriptorName);
    }

    private CatalogLoader withDeclared(Map<Scheme, Map<CodeLevel, Completeness>> more) {
        Map<Scheme, Map<CodeLevel, Completeness>> d = new EnumMap<>(Scheme.class);
        for (Map.Entry<Scheme, Map<CodeLevel, Completeness>> e : declared.entrySet()) {
            d.put(e.getKey(), copy(e.getValue()));
        }
        for (Map.Entry<Scheme, Map<CodeLevel, Completeness>> e : more.entrySet()) {
            Map<CodeLevel, Completeness> levels = d.get(e.getKey());
            if (levels == null) {
                levels = new EnumMap<>(CodeLevel.class);
                d.put(e.getKey(), levels);
            }
            levels.putAll(e.getValue());
        }
        return new CatalogLoader(edition, base, catalogSources, mappingSources, d, observations, descriptorName);
    }

    /**
     * Reads the files and builds the edition.
     *
     * @return the edition
     * @throws CatalogException naming the file, the line and the reason of the first problem
     */
    public CodeCatalog load() {
        return load(false);
    }

    /**
     * @param correspondenceOnFirstUse whether to read and check the correspondence rows when they
     *     are first used rather than now: only for the bundled editions, whose data the build checks
     * @return the edition
     */
    private CodeCatalog load(boolean correspondenceOnFirstUse) {
        int year = edition.year();
        // 1. parse every file; rows of the same code must not overlap in years, across files too
        List<CatalogRow> rows = new ArrayList<>();
        Map<Integer, List<CatalogRow>> byCode = new HashMap<>();
        for (Source s : catalogSources) {
            for (CatalogRow r : CatalogCsv.parse(s.name(), s.content().get(), s.scheme())) {
                for (CatalogRow other : byCode.getOrDefault(r.code().toInt(), List.of())) {
                    if (other.overlaps(r)) {
                        throw new CatalogException(r.resource(), r.line(), "duplicate code " + r.code() + ": already defined at "
                                + other.origin() + " for the overlapping years " + other.range());
                    }
                }
                List<CatalogRow> same = byCode.get(r.code().toInt());
                if (same == null) {
                    same = new ArrayList<>(1);
                    byCode.put(r.code().toInt(), same);
                }
                same.add(r);
                rows.add(r);
            }
        }
        // 2. select the rows of this edition's year: active if valid in the year, else retired if ended before it
        Map<Integer, CatalogRow> selected = new LinkedHashMap<>();
        for (CatalogRow r : rows) {
            if (!r.activeIn(year) && !r.retiredBy(year)) {
                continue;
            }
            CatalogRow current = selected.get(r.code().toInt());
            if (current == null || better(r, current, year)) {
                selected.put(r.code().toInt(), r);
            }
        }
        // 3. merge over the base edition
        Map<Integer, CatalogEntry<?>> entries = new LinkedHashMap<>();
        if (base.isPresent()) {
            for (CatalogEntry<?> e : base.get().entryList()) {
                entries.put(e.code().toInt(), e);
            }
        }
        Map<Integer, CatalogRow> added = new LinkedHashMap<>();
        for (CatalogRow r : selected.values()) {
            CatalogEntry<?> existing = entries.get(r.code().toInt());
            if (existing != null) {
                boolean sameActive = existing.status() == EntryStatus.ACTIVE && r.activeIn(year) && Names.equivalent(existing.name(), r.name());
                if (sameActive) {
                    continue;
                }
                throw new CatalogException(r.resource(), r.line(), "code " + r.code() + " is already in edition " + base.get().edition().id()
                        + " as '" + existing.name() + "'; a local extension may add codes but not change a national one (load a full edition instead)");
            }
            added.put(r.code().toInt(), r);
        }
        for (CatalogRow r : added.values()) {
            entries.put(r.code().toInt(), entry(r, year));
        }
        // 4. every parent must be in the edition, and an active code needs an active parent
        for (CatalogRow r : added.values()) {
            Optional<? extends ClassificationCode<?>> parent = r.code().parent();
            if (parent.isEmpty()) {
                continue;
            }
            CatalogEntry<?> p = entries.get(parent.get().toInt());
            if (p == null) {
                String elsewhere = byCode.getOrDefault(parent.get().toInt(), List.of()).stream().findFirst()
                        .map(o -> " (the files define it only for the years " + o.range() + ")").orElse("");
                throw new CatalogException(r.resource(), r.line(), "missing parent: the parent " + parent.get() + " of " + r.code()
                        + " is not in edition " + edition.id() + elsewhere);
            }
            if (r.activeIn(year) && p.status() != EntryStatus.ACTIVE) {
                throw new CatalogException(r.resource(), r.line(), "the parent " + parent.get() + " of active code " + r.code()
                        + " is retired in edition " + edition.id());
            }
        }
        // 5. completeness: declared, checked against the data
        Map<Scheme, Map<CodeLevel, Completeness>> completeness = completeness(entries, added);
        // 6. correspondence rows: now, or on first use for the bundled editions
        CorrespondenceRows correspondence = new CorrespondenceRows(this, entries, byCode);
        Lazy<List<MappingRow>> mapping = correspondenceOnFirstUse ? Lazy.of(correspondence) : Lazy.ofValue(correspondence.get());
        return new CodeCatalog(edition, completeness, new ArrayList<>(entries.values()), mapping, observations);
    }

    /**
     * The correspondence rows of a loaded edition: codes must exist in the data; rows apply when
     * both codes are active in the edition.
     *
     * @param entries the entries of the edition by code
     * @param byCode every catalog row read, of any year, by code
     * @return the rows that apply, the base edition's first
     * @throws CatalogException naming the file and line of the first bad row
     */
    private List<MappingRow> correspondenceRows(Map<Integer, CatalogEntry<?>> entries, Map<Integer, List<CatalogRow>> byCode) {
        List<MappingRow> mapping = new ArrayList<>();
        List<String> mappingOrigins = new ArrayList<>();
        // the positions in mapping of the official rows of each department code
        Map<DepartmentEconomicCode, List<Integer>> official = new HashMap<>();
        if (base.isPresent()) {
            for (MappingRow m : base.get().mappingRows()) {
                if (m.kind().isOfficial()) {
                    officialRows(official, m.department()).add(mapping.size());
                }
                mapping.add(m);
                mappingOrigins.add("edition " + base.get().edition().id());
            }
        }
        for (Source s : mappingSources) {
            for (MappingCsv.Line line : MappingCsv.parse(s.name(), s.content().get())) {
                MappingRow m = line.row();
                boolean deptKnown = entries.containsKey(m.department().toInt()) || byCode.containsKey(m.department().toInt());
                boolean govKnown = entries.containsKey(m.government().toInt()) || byCode.containsKey(m.government().toInt());
                if (!deptKnown) {
                    throw new CatalogException(line.resource(), line.line(), "dept_code " + m.department()
                            + " is not in any loaded 部门预算支出经济分类 row");
                }
                if (!govKnown) {
                    throw new CatalogException(line.resource(), line.line(), "gov_code " + m.government()
                            + " is not in any loaded 政府预算支出经济分类 row (every mapping target must exist in the government scheme)");
                }
                if (!isActive(entries, m.department()) || !isActive(entries, m.government())) {
                    continue;
                }
                if (m.kind().isOfficial()) {
                    List<Integer> same = officialRows(official, m.department());
                    for (int i : same) {
                        MappingRow o = mapping.get(i);
                        if (overlap(o.scope(), m.scope())) {
                            throw new CatalogException(line.resource(), line.line(), "two official rows for " + m.department() + " and "
                                    + m.scope().chineseName() + ": this one (→ " + m.government() + ") and " + mappingOrigins.get(i)
                                    + " (" + o.scope().chineseName() + " → " + o.government() + ")");
                        }
                    }
                    same.add(mapping.size());
                }
                mapping.add(m);
                mappingOrigins.add(line.origin());
            }
        }
        return List.copyOf(mapping);
    }

    /**
     * Checks and keeps the correspondence rows of a loaded edition when asked for. A plain class
     * rather than a lambda: a cold start bootstraps no lambdas. It only reads the maps it holds,
     * which nothing modifies after loading.
     */
    private static final class CorrespondenceRows implements Supplier<List<MappingRow>> {
        private final CatalogLoader loader;
        private final Map<Integer, CatalogEntry<?>> entries;
        private final Map<Integer, List<CatalogRow>> byCode;

        CorrespondenceRows(CatalogLoader loader, Map<Integer, CatalogEntry<?>> entries, Map<Integer, List<CatalogRow>> byCode) {
            this.loader = loader;
            this.entries = entries;
            this.byCode = byCode;
        }

        @Override
        public List<MappingRow> get() {
            return loader.correspondenceRows(entries, byCode);
        }
    }

    private static List<Integer> officialRows(Map<DepartmentEconomicCode, List<Integer>> official, DepartmentEconomicCode code) {
        List<Integer> l = official.get(code);
        if (l == null) {
            l = new ArrayList<>(2);
            official.put(code, l);
        }
        return l;
    }

    private static boolean better(CatalogRow candidate, CatalogRow current, int year) {
        if (candidate.activeIn(year) != current.activeIn(year)) {
            return candidate.activeIn(year);
        }
        return candidate.validTo().orElse(Integer.MAX_VALUE) > current.validTo().orElse(Integer.MAX_VALUE);
    }

    private static boolean isActive(Map<Integer, CatalogEntry<?>> entries, ClassificationCode<?> code) {
        CatalogEntry<?> e = entries.get(code.toInt());
        return e != null && e.status() == EntryStatus.ACTIVE && e.code().scheme() == code.scheme();
    }

    private static boolean overlap(UnitScope a, UnitScope b) {
        return a == b || a == UnitScope.ANY || b == UnitScope.ANY;
    }

    private Map<Scheme, Map<CodeLevel, Completeness>> completeness(Map<Integer, CatalogEntry<?>> entries, Map<Integer, CatalogRow> added) {
        Map<Scheme, Map<CodeLevel, Integer>> counts = new EnumMap<>(Scheme.class);
        for (CatalogEntry<?> e : entries.values()) {
            if (e.status() == EntryStatus.ACTIVE) {
                Map<CodeLevel, Integer> c = counts.get(e.code().scheme());
                if (c == null) {
                    c = new EnumMap<>(CodeLevel.class);
                    counts.put(e.code().scheme(), c);
                }
                Integer n = c.get(e.level());
                c.put(e.level(), n == null ? 1 : n + 1);
            }
        }
        Map<Scheme, Map<CodeLevel, Boolean>> addedLevels = new EnumMap<>(Scheme.class);
        for (CatalogRow r : added.values()) {
            Map<CodeLevel, Boolean> l = addedLevels.get(r.code().scheme());
            if (l == null) {
                l = new EnumMap<>(CodeLevel.class);
                addedLevels.put(r.code().scheme(), l);
            }
            l.put(r.code().level(), true);
        }
        Map<Scheme, Map<CodeLevel, Completeness>> out = new EnumMap<>(Scheme.class);
        for (Scheme s : Scheme.values()) {
            Map<CodeLevel, Completeness> levels = new EnumMap<>(CodeLevel.class);
            for (CodeLevel l : s.levels()) {
                int n = counts.getOrDefault(s, Map.of()).getOrDefault(l, 0);
                Completeness d = declared.getOrDefault(s, Map.of()).get(l);
                Completeness c;
                if (d == null) {
                    c = n > 0 ? Completeness.PARTIAL : Completeness.ABSENT;
                } else if (base.isPresent() && d == Completeness.ABSENT && addedLevels.getOrDefault(s, Map.of()).containsKey(l)) {
                    c = Completeness.PARTIAL;
                } else {
                    c = d;
                }
                if (c == Completeness.ABSENT && n > 0) {
                    throw new CatalogException(descriptorName, 0, "edition " + edition.id() + " declares the " + s.chineseName() + " "
                            + l.chineseName() + " level ABSENT, but the files hold " + n + " such codes");
                }
                if (c != Completeness.ABSENT && n == 0) {
                    throw new CatalogException(descriptorName, 0, "edition " + edition.id() + " declares the " + s.chineseName() + " "
                            + l.chineseName() + " level " + c + ", but the files hold no such codes");
                }
                levels.put(l, c);
            }
            out.put(s, levels);
        }
        return out;
    }

    private static CatalogEntry<?> entry(CatalogRow r, int year) {
        Map<String, String> provenance = new LinkedHashMap<>();
        put(provenance, "source", r.source());
        put(provenance, "confidence", r.confidence());
        put(provenance, "note", r.note());
        if (r.validFrom().isPresent()) {
            provenance.put("valid_from", Integer.toString(r.validFrom().getAsInt()));
        }
        if (r.validTo().isPresent()) {
            provenance.put("valid_to", Integer.toString(r.validTo().getAsInt()));
        }
        provenance.put("origin", r.origin());
        EntryStatus status = r.activeIn(year) ? EntryStatus.ACTIVE : EntryStatus.RETIRED;
        return typedEntry(r.code(), r.name(), status, r.formerNames(), provenance);
    }

    private static <C extends ClassificationCode<C>> CatalogEntry<C> typedEntry(ClassificationCode<C> code, String name, EntryStatus status,
            List<String> former, Map<String, String> provenance) {
        @SuppressWarnings("unchecked")
        C c = (C) code;
        return new CatalogEntry<>(c, name, c.parent(), status, former, provenance);
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogException(file.toString(), 0, "cannot read the file: " + e, e);
        }
    }

    /** The content of a resource, read when asked for. */
    private static final class ResourceContent implements Supplier<byte[]> {
        private final Resources resources;
        private final String path;

        ResourceContent(Resources resources, String path) {
            this.resources = resources;
            this.path = path;
        }

        @Override
        public byte[] get() {
            return resources.read(path);
        }
    }

    static byte[] readResource(Class<?> anchor, String path) {
        try (InputStream in = anchor.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new CatalogException(path, 0, "resource not found");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CatalogException(path, 0, "cannot read the resource: " + e, e);
        }
    }

    private static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    throw new CatalogException(path, 0, "the path leaves the resource root");
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public String toString() {
        return "CatalogLoader[" + edition.id() + base.map(b -> " over " + b.edition().id()).orElse("") + ", " + catalogSources.size()
                + " catalog files, " + mappingSources.size() + " mapping files]";
    }
}
