package it.traguardi.core.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one rounding policy of scoring. Every computation is exact (divisions in
 * {@link MathContext#DECIMAL128}); only what is shown is rounded, here, to two decimals HALF_UP.
 */
final class Rounding {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SHOWN_SCALE = 2;

    private Rounding() {
    }

    /** An exact quotient, as exact as 34 significant digits allow. */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, MathContext.DECIMAL128);
    }

    /** {@code 100 × dividend / divisor}: a ratio as a percentage. */
    static BigDecimal percentOf(BigDecimal dividend, BigDecimal divisor) {
        return divide(dividend.multiply(HUNDRED), divisor);
    }

    /** The value shown to people: two decimals, half up. */
    static BigDecimal shown(BigDecimal exact) {
        return exact.setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
    }
}
