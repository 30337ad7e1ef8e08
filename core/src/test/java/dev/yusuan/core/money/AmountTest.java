package dev.yusuan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

    @Test
    void keepsPrintedPrecision() {
        Amount a = Amount.parse("30.0");
        Amount b = Amount.parse("30.00");
        assertThat(a.scale()).isEqualTo(1);
        assertThat(b.scale()).isEqualTo(2);
        assertThat(a.isEqualTo(b)).isTrue();
        assertThat(a).isNotEqualTo(b);
        assertThat(a).hasToString("30.0");
        assertThat(Amount.parse("399")).hasToString("399");
        new EqualsTester()
                .addEqualityGroup(Amount.parse("30.0"), Amount.of(300, 1))
                .addEqualityGroup(Amount.parse("30.00"))
                .addEqualityGroup(Amount.parse("30"))
                .testEquals();
    }

    @Test
    void parsesPrintedVariants() {
        assertThat(Amount.parsePrinted("1,683.48")).isEqualTo(Amount.parse("1683.48"));
        assertThat(Amount.parsePrinted(" 52,889.12 ")).isEqualTo(Amount.parse("52889.12"));
        assertThat(Amount.parsePrinted("－５")).isEqualTo(Amount.parse("-5"));
        assertThatThrownBy(() -> Amount.parsePrinted("1,68.48")).isInstanceOf(AmountException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+5", "1e3", "1,683.48", " 1", "1.", ".5", "1..2", "NaN", "Infinity", "１", "12345678901234567890"})
    void rejectsWhatIsNotAPlainDecimal(String text) {
        assertThatThrownBy(() -> Amount.parse(text))
                .isInstanceOf(AmountException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void arithmeticIsExactAndDetectsOverflow() {
        assertThat(Amount.parse("52888.95").plus(Amount.parse("0.18"))).hasToString("52889.13");
        assertThat(Amount.parse("30.0").plus(Amount.parse("0.05"))).hasToString("30.05");
        assertThat(Amount.parse("1").minus(Amount.parse("0.001"))).hasToString("0.999");
        Amount big = Amount.of(Long.MAX_VALUE, 0);
        assertThatThrownBy(() -> big.plus(Amount.of(1)))
                .isInstanceOfSatisfying(AmountException.class, e -> assertThat(e.kind()).isEqualTo(AmountException.Kind.OVERFLOW));
        assertThatThrownBy(() -> Amount.of(Long.MAX_VALUE / 2, 0).plus(Amount.parse("0.01")))
                .isInstanceOfSatisfying(AmountException.class, e -> assertThat(e.kind()).isEqualTo(AmountException.Kind.OVERFLOW));
        assertThat(Amount.sum(List.of(Amount.parse("93.72"), Amount.parse("59.96"), Amount.parse("7.81")))).hasToString("161.49");
    }

    @Test
    void roundsOnlyWhenAsked() {
        Amount a = Amount.parse("1.235");
        assertThatThrownBy(() -> a.withScale(2))
                .isInstanceOfSatisfying(AmountException.class,
                        e -> assertThat(e.kind()).isEqualTo(AmountException.Kind.ROUNDING_NECESSARY));
        assertThat(a.withScale(2, RoundingMode.HALF_UP)).hasToString("1.24");
        assertThat(a.withScale(2, RoundingMode.HALF_EVEN)).hasToString("1.24");
        assertThat(Amount.parse("30.0").withScale(2)).hasToString("30.00");
        assertThat(Amount.parse("30.10").withScale(1)).hasToString("30.1");
    }

    @Test
    void roundingRadiusIsHalfTheLastPlace() {
        assertThat(Amount.parse("12.34").roundingRadius()).hasToString("0.005");
        assertThat(Amount.parse("399").roundingRadius()).hasToString("0.5");
    }

    @Test
    void unitConversionIsExact() {
        Amount wan = Amount.parse("1683.48");
        Amount yuan = wan.convert(AmountUnit.WAN_YUAN, AmountUnit.YUAN);
        assertThat(yuan.isEqualTo(Amount.parse("16834800"))).isTrue();
        assertThat(yuan.convert(AmountUnit.YUAN, AmountUnit.WAN_YUAN)).isEqualTo(wan);
        assertThat(Amount.parse("12345.67").convert(AmountUnit.YUAN, AmountUnit.WAN_YUAN)).hasToString("1.234567");
        assertThat(AmountUnit.fromChinese("单位：万元")).isEqualTo(AmountUnit.WAN_YUAN);
    }

    @Test
    void convertsToAndFromMonetaryAmountAtTheEdge() {
        MonetaryAmount money = Amount.parse("1683.48").toMonetaryAmount(AmountUnit.WAN_YUAN);
        assertThat(money.getCurrency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(money.getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo("16834800");
        assertThat(Amount.from(money, AmountUnit.WAN_YUAN).isEqualTo(Amount.parse("1683.48"))).isTrue();
    }

    @Test
    void randomSumsMatchBigDecimal() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            Amount a = Amount.of(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L), random.nextInt(0, 5));
            Amount b = Amount.of(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L), random.nextInt(0, 5));
            assertThat(a.plus(b).toBigDecimal()).as("seed %d", seed).isEqualByComparingTo(a.toBigDecimal().add(b.toBigDecimal()));
            assertThat(a.plus(b).scale()).isEqualTo(Math.max(a.scale(), b.scale()));
            assertThat(Amount.parse(a.toString())).as("seed %d", seed).isEqualTo(a);
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.toBigDecimal().compareTo(b.toBigDecimal()));
        }
    }
}
