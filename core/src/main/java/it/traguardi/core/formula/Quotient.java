package it.traguardi.core.formula;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Quoziente: {@code x / y} rounded to {@link Evaluator#DIVISION}, exactly what
 * {@code x.divide(y, Evaluator.DIVISION)} gives, in value and in scale.
 *
 * <p>Why not simply that call: divisions are most of the cost of evaluating the seed's formulas, and
 * {@code BigDecimal} divides small numbers at 34 digits through {@code BigInteger}s. Measures are small
 * (at most 17 digits; divisors at most 9), so here the 34 digits are found by long division in
 * {@code long}s, nine digits at a time, and rounded half even. Every other case, and the two where
 * {@code BigDecimal} has rules of its own (an exact quotient, whose trailing zeros it strips to a preferred
 * scale, and a rounding up to 10^34), is left to {@code BigDecimal}.
 */
final class Quotient {

    private static final int DIGITS = Evaluator.DIVISION.getPrecision();
    private static final long[] TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
        100_000_000_000_000_000L};
    /** The 10^34 that a rounding up may reach, as the two halves of a 128-bit number. */
    private static final long LIMIT_HIGH = BigInteger.TEN.pow(DIGITS).shiftRight(64).longValueExact();
    private static final long LIMIT_LOW = BigInteger.TEN.pow(DIGITS).longValue();

    private Quotient() {
    }

    /** {@code x.divide(y, Evaluator.DIVISION)}, for a {@code y} that is not zero. */
    static BigDecimal of(BigDecimal x, BigDecimal y) {
        var quick = x.signum() != 0 && x.precision() <= 17 && y.precision() <= 9 ? small(x, y) : null;
        return quick != null ? quick : x.divide(y, Evaluator.DIVISION);
    }

    /** The quotient by long division, or {@code null} when it is exact or rounds up to 10^34. */
    static BigDecimal small(BigDecimal x, BigDecimal y) {
        long xs = Math.abs(unscaled(x));
        long ys = Math.abs(unscaled(y));
        int dx = x.precision();
        int dy = y.precision();
        // xs * 10^k / ys has exactly 34 digits before its point: 33 - dx + dy, one more when xs's
        // digits read as a fraction are less than ys's
        int k = DIGITS - 1 - dx + dy + (xs * TEN[Math.max(dx, dy) - dx] < ys * TEN[Math.max(dx, dy) - dy] ? 1 : 0);
        long high = 0;
        long low = xs / ys;
        long remainder = xs % ys;
        for (int left = k; left > 0; left -= 9) {
            int step = Math.min(left, 9);
            long scaled = remainder * TEN[step]; // remainder < ys < 10^9: fits
            long digits = scaled / ys;
            remainder = scaled % ys;
            long times = TEN[step];
            long product = low * times;
            high = high * times + Math.unsignedMultiplyHigh(low, times);
            low = product + digits;
            high += Long.compareUnsigned(low, product) < 0 ? 1 : 0;
        }
        if (remainder == 0) {
            return null;
        }
        long twice = remainder * 2;
        if (twice > ys || (twice == ys && (low & 1) == 1)) {
            low++;
            high += low == 0 ? 1 : 0;
        }
        long scale = (long) k + x.scale() - y.scale();
        if (high == LIMIT_HIGH && low == LIMIT_LOW || scale != (int) scale) {
            return null; // BigDecimal's own rule for 10^34; a scale out of range, which it refuses
        }
        return new BigDecimal(magnitude(x.signum() * y.signum(), high, low), (int) scale);
    }

    /** The unscaled value of a number of at most 18 digits. */
    private static long unscaled(BigDecimal number) {
        return number.scaleByPowerOfTen(number.scale()).longValueExact();
    }

    /** The signed integer whose magnitude is the unsigned 128-bit {@code high:low}. */
    private static BigInteger magnitude(int sign, long high, long low) {
        var bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[7 - i] = (byte) (high >>> (8 * i));
            bytes[15 - i] = (byte) (low >>> (8 * i));
        }
        return new BigInteger(sign, bytes);
    }
}
