/**
 * The catalog interface (科目目录): {@link dev.yusuan.core.catalog.Catalog} answers whether a code
 * exists in an {@link dev.yusuan.core.catalog.Edition}, with its name, parent and former names.
 * Implemented by the {@code yusuan-codes} module.
 */
package dev.yusuan.core.catalog;
