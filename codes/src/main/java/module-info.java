/**
 * yusuan codes: the classification catalogs (政府收支分类科目) edition by edition behind core's
 * {@link dev.yusuan.core.catalog.Catalog}, the correspondence table between the department and the
 * government economic classifications (两套支出经济分类科目对照表), code histories between editions,
 * an observed layer of codes as printed in published documents, and loading of your own editions
 * and local extensions from CSV.
 */
module dev.yusuan.codes {
    requires transitive dev.yusuan.core;
    requires com.google.common;

    exports dev.yusuan.codes;

    uses dev.yusuan.codes.CatalogProvider;
}
