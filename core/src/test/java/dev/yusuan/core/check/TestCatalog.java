package dev.yusuan.core.check;

import dev.yusuan.core.catalog.Catalog;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.Completeness;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.CodeLevel;
import dev.yusuan.core.code.FunctionCode;
import dev.yusuan.core.code.Scheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small frozen catalog for the rule tests: 类 complete, 项 partial. */
final class TestCatalog implements Catalog {
    private final Map<String, CatalogEntry<?>> entries = new HashMap<>();

    TestCatalog() {
        add("210", "卫生健康支出", "医疗卫生与计划生育支出");
        add("21015", "医疗保障管理事务");
        add("2101501", "行政运行");
        add("2101502", "一般行政管理事务");
    }

    private void add(String code, String name, String... former) {
        FunctionCode c = FunctionCode.parse(code);
        entries.put(code, new CatalogEntry<>(c, name, c.parent(), EntryStatus.ACTIVE, List.of(former), Map.of("source", "test")));
    }

    @Override
    public Edition edition() {
        return new Edition("test", 2020, "test edition", "1", List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C extends ClassificationCode<C>> Optional<CatalogEntry<C>> find(C code) {
        CatalogEntry<?> e = code.scheme() == Scheme.FUNCTION ? entries.get(code.toString()) : null;
        return Optional.ofNullable((CatalogEntry<C>) e);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C extends ClassificationCode<C>> List<CatalogEntry<C>> children(C code) {
        List<CatalogEntry<C>> out = new ArrayList<>();
        for (CatalogEntry<?> e : entries.values()) {
            if (e.parent().isPresent() && e.parent().get().equals(code)) {
                out.add((CatalogEntry<C>) e);
            }
        }
        return out;
    }

    @Override
    public List<CatalogEntry<?>> roots(Scheme scheme) {
        return List.of(entries.get("210"));
    }

    @Override
    public Completeness completeness(Scheme scheme, CodeLevel level) {
        return scheme == Scheme.FUNCTION && level == CodeLevel.CATEGORY ? Completeness.COMPLETE : Completeness.PARTIAL;
    }
}
