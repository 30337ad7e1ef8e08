package dev.yusuan.core.table;

import com.google.common.collect.ImmutableMap;
import dev.yusuan.core.BudgetException;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.core.code.DepartmentEconomicCode;
import dev.yusuan.core.code.GovernmentEconomicCode;
import dev.yusuan.core.dimension.FundSource;
import dev.yusuan.core.dimension.SpendingType;
import java.util.Optional;

/**
 * The id vocabulary of published tables (see docs/published-tables.md): the source, spending-type
 * and 三公 paths with their standard printed labels. Package-private.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    /** Prefix of a local (province's own) id. */
    static final String LOCAL_PREFIX = "x-";

    /** Fund-source paths (after {@code source/} or {@code income/}) and their standard labels, in order. */
    static final ImmutableMap<String, String> SOURCES = ImmutableMap.<String, String>builder()
            .put("fiscal", "财政拨款")
            .put("general-public-budget", "一般公共预算拨款")
            .put("general-public-budget/appropriation", "经费拨款")
            .put("general-public-budget/administrative-fees", "行政事业性收费收入")
            .put("general-public-budget/special-revenue", "专项收入")
            .put("general-public-budget/state-assets", "国有资源（资产）有偿使用收入")
            .put("general-public-budget/housing-fund", "政府住房基金收入")
            .put("general-public-budget/non-tax", "纳入一般公共预算管理的非税收入拨款")
            .put("government-fund", "政府性基金预算拨款")
            .put("state-capital", "国有资本经营预算拨款")
            .put("special-account", "财政专户管理资金")
            .put("special-account/education-fees", "专户管理的教育收费")
            .put("special-account/custodial", "专户管理的代管资金")
            .put("business", "事业收入")
            .put("operating", "事业单位经营收入")
            .put("superior-subsidy", "上级补助收入")
            .put("superior-transfer", "上级转移支付")
            .put("superior-transfer/general", "上级一般转移支付")
            .put("superior-transfer/special", "上级专项转移支付")
            .put("superior-transfer/government-fund", "上级政府性基金转移支付")
            .put("subordinate-remittance", "附属单位上缴收入")
            .put("other", "其他收入")
            .put("carry-over", "上年结转")
            .put("business-fund", "用事业基金弥补收支差额")
            .build();

    /** Spending-type paths (after {@code type/}) and their standard labels, in order. */
    static final ImmutableMap<String, String> TYPES = ImmutableMap.<String, String>builder()
            .put("basic", "基本支出")
            .put("basic/personnel", "人员经费")
            .put("basic/public", "公用经费")
            .put("project", "项目支出")
            .put("remit-to-superior", "上缴上级支出")
            .put("operating", "经营支出")
            .put("subsidy-to-subordinate", "对附属单位补助支出")
            .build();

    /** 三公 paths (after {@code three-public/}) and their standard labels, in order. */
    static final ImmutableMap<String, String> THREE_PUBLIC = ImmutableMap.<String, String>builder()
            .put("total", "“三公”经费合计")
            .put("overseas", "因公出国（境）费")
            .put("vehicles", "公务用车购置及运行费")
            .put("vehicles/purchase", "公务用车购置费")
            .put("vehicles/operation", "公务用车运行维护费")
            .put("reception", "公务接待费")
            .build();

    /** @return whether the id is a local id ({@code x-…}) */
    static boolean isLocal(String id) {
        return id.startsWith(LOCAL_PREFIX);
    }

    /**
     * Checks the shape of a local id: {@code x-} then at least one character, no whitespace or
     * control character.
     */
    static boolean isValidLocal(String id) {
        if (!isLocal(id) || id.length() == LOCAL_PREFIX.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** The fund source named by a top-level source path ({@code general-public-budget}), if any. */
    static Optional<FundSource> fundSource(String path) {
        for (FundSource s : FundSource.values()) {
            if (s.id().equals(path)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The spending type named by a type path ({@code basic/personnel}), if any. */
    static Optional<SpendingType> spendingType(String path) {
        for (SpendingType t : SpendingType.values()) {
            if (t.id().equals(path)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The parent of a path inside a vocabulary map ({@code a/b} → {@code a}), if it has one. */
    static Optional<String> parentPath(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(path.substring(0, slash));
    }

    /**
     * Parses the economic code of an id ({@code econ/30101}): a 部门 code (starting with 3) or a
     * 政府 code (starting with 5).
     *
     * @return the code, or null if the text is not such a code
     */
    static ClassificationCode<?> economicCode(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.charAt(0) == '3') {
                return DepartmentEconomicCode.parse(text);
            }
            if (text.charAt(0) == '5') {
                return GovernmentEconomicCode.parse(text);
            }
        } catch (BudgetException e) {
            return null;
        }
        return null;
    }
}
