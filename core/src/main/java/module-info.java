/**
 * yusuan core: classification codes, exact amounts, budget and final-account structures and the
 * audit rules (审核规则) of the Chinese government budget accounting model.
 */
module dev.yusuan.core {
    requires transitive java.money;
    requires transitive com.google.common;

    exports dev.yusuan.core;
    exports dev.yusuan.core.code;
    exports dev.yusuan.core.money;
    exports dev.yusuan.core.catalog;
    exports dev.yusuan.core.dimension;
    exports dev.yusuan.core.check;
    exports dev.yusuan.core.ledger;
    exports dev.yusuan.core.table;
    exports dev.yusuan.core.derive;
}
