package dev.yusuan.benchmarks.probe;

import dev.yusuan.codes.Catalogs;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.code.FunctionCode;

/**
 * What {@code yusuan lookup CODE} has to do at the least, through the library: load the newest
 * bundled edition and look a function code up. Used by {@link StartupProbe} as a reference while
 * the CLI has no lookup command; it is not the bar's figure.
 */
public final class LibraryLookup {
    private LibraryLookup() {
    }

    /**
     * Entry point.
     *
     * @param args the code to look up
     */
    public static void main(String[] args) {
        FunctionCode code = FunctionCode.parse(args[0]);
        CatalogEntry<FunctionCode> e = Catalogs.latest().require(code);
        System.out.println(e.code() + " " + e.name());
    }
}
