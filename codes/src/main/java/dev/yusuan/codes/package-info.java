/**
 * The classification catalogs (政府收支分类科目) as data, edition by edition.
 *
 * <ul>
 *   <li>{@link dev.yusuan.codes.Catalogs}: the bundled editions, the crosswalk and the observed layer.</li>
 *   <li>{@link dev.yusuan.codes.CodeCatalog}: one edition; lookups by code and name, former names,
 *       resolution of printed codes with a reason.</li>
 *   <li>{@link dev.yusuan.codes.EconomicCorrespondence}: the 部门 → 政府 economic correspondence table.</li>
 *   <li>{@link dev.yusuan.codes.EditionCrosswalk}: code histories between editions.</li>
 *   <li>{@link dev.yusuan.codes.CatalogLoader}: your own edition or a local extension from CSV.</li>
 *   <li>{@link dev.yusuan.codes.StandardItems}: the standard 项 meanings.</li>
 * </ul>
 *
 * <p>No method returns null; every type is immutable and thread-safe.
 */
package dev.yusuan.codes;
