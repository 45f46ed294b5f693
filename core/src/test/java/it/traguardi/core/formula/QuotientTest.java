package it.traguardi.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuotientTest {

    /** Both the value and the scale, and the digits, must be BigDecimal's own. */
    private static void same(BigDecimal x, BigDecimal y) {
        var expected = x.divide(y, Evaluator.DIVISION);
        var actual = Quotient.of(x, y);
        assertThat(actual).as("%s / %s", x, y).isEqualTo(expected);
        assertThat(actual.toString()).as("%s / %s", x, y).isEqualTo(expected.toString());
    }

    private static BigDecimal number(SplittableRandom random, long bound) {
        var unscaled = random.nextLong(1, bound);
        unscaled = unscaled / BigInteger.TEN.pow(random.nextInt(0, 10)).longValue() + 1; // short ones too
        return BigDecimal.valueOf(random.nextBoolean() ? unscaled : -unscaled, random.nextInt(-4, 12));
    }

    @Test
    void gives_what_big_decimal_gives_for_random_numbers_of_every_size_and_scale() {
        var random = new SplittableRandom(20_261_205L);
        for (int i = 0; i < 200_000; i++) {
            same(number(random, 100_000_000_000_000_000L), number(random, 10_000_000_000L));
        }
    }

    @Test
    void gives_what_big_decimal_gives_for_measures_like_the_seeds() {
        var random = new SplittableRandom(7L);
        for (int i = 0; i < 100_000; i++) {
            same(BigDecimal.valueOf(random.nextInt(1, 100_000), 2), BigDecimal.valueOf(random.nextInt(1, 100_000), 2));
        }
    }

    @Test
    void an_inexact_quotient_of_small_numbers_is_found_by_long_division() {
        assertThat(Quotient.small(new BigDecimal("1"), new BigDecimal("3")))
                .isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
        assertThat(Quotient.small(new BigDecimal("-987.65"), new BigDecimal("123.45")))
                .isEqualTo(new BigDecimal("-8.000405022276225192385581206966383"));
        assertThat(Quotient.small(new BigDecimal("2"), new BigDecimal("3E+4")))
                .isEqualTo(new BigDecimal("0.00006666666666666666666666666666666667"));
        assertThat(Quotient.small(new BigDecimal("1"), new BigDecimal("4"))).as("exact: BigDecimal's").isNull();
    }

    @Test
    void gives_what_big_decimal_gives_at_the_edges() {
        String[] numbers = {"1", "-1", "3", "7", "9", "10", "0.1", "1E+3", "1E-5", "2", "0", "0.00",
            "99999999999999999", "99999999999999999E+5", "12345678901234567", "999999999", "-999999999",
            "100000000", "333333333", "0.6666666666666666666666666666666667", "1E+2147483640", "1E-2147483640",
            "123456789012345678901234567890", "5", "0.5", "25", "125", "3E-10"};
        for (var x : numbers) {
            for (var y : numbers) {
                var divisor = new BigDecimal(y);
                if (divisor.signum() != 0 && fits(new BigDecimal(x), divisor)) {
                    same(new BigDecimal(x), divisor);
                }
            }
        }
        // 0.99999...95 digits that round up to 10^34 go to BigDecimal, which gives 1 with fewer digits
        same(new BigDecimal("99999999999999999"), new BigDecimal("100000000.00000000"));
    }

    /** Whether BigDecimal itself divides them without an overflow of the scale (which it reports by throwing). */
    private static boolean fits(BigDecimal x, BigDecimal y) {
        try {
            x.divide(y, Evaluator.DIVISION);
            return true;
        } catch (ArithmeticException outOfRange) {
            return false;
        }
    }
}
