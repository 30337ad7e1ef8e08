/**
 * yusuan io-json: the versioned yusuan JSON format ({@code yusuan/1}) for published statements,
 * line-level statements (ledgers) and audit reports, with a strict streaming reader and a
 * canonical writer, and one Jackson module for every value type of the core model.
 */
module dev.yusuan.json {
    requires transitive dev.yusuan.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.google.common;

    exports dev.yusuan.json;

    provides com.fasterxml.jackson.databind.Module with dev.yusuan.json.BudgetJsonModule;
}
