package dev.yusuan.testing.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables a fixture class only when a test runs it through the engine test kit (which sets
 * {@value #PARAMETER}), so that fixtures that fail on purpose never run on their own.
 */
final class FixturesOnly implements ExecutionCondition {

    static final String PARAMETER = "yusuan.testing.fixtures";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).filter("true"::equals).isPresent()
                ? ConditionEvaluationResult.enabled("run by PropertyExtensionTest")
                : ConditionEvaluationResult.disabled("a fixture of PropertyExtensionTest");
    }
}
