package org.standpoint.cli.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * score_roots.py's {@code as_int(v)}: {@code int(float(v))}, or None (null) where Python raises a TypeError or
 * a ValueError. Strings are read as Python's {@code float()} reads them: surrounding whitespace, a sign, digits
 * of any script with single underscores between them, a point, an exponent, "inf" and "nan" (no integer).
 */
final class PyCount {
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:(?:\\d(?:_?\\d)*)?\\.\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.?)(?:[eE][+-]?\\d(?:_?\\d)*)?|(?i:inf|infinity|nan))");

    private PyCount() {
    }

    /** The integer a count stands for, exactly as Python truncates the float, or null. */
    static BigInteger of(Object v) {
        double d;
        if (v instanceof Boolean b) {
            d = b ? 1 : 0;
        } else if (v instanceof Number n) {
            d = n.doubleValue();
        } else if (v instanceof String s) {
            String t = ascii(PyText.strip(s));
            if (!FLOAT.matcher(t).matches()) {
                return null;
            }
            d = Double.parseDouble(t.replace("_", "").replaceAll("(?i)^([+-]?)inf(inity)?$", "$1Infinity")
                    .replaceAll("(?i)^[+-]?nan$", "NaN"));
        } else {
            return null;
        }
        // int(nan) raises ValueError; int(inf) raises OverflowError, which the scorer does not catch: no count
        return Double.isFinite(d) ? new BigDecimal(d).toBigInteger() : null;
    }

    /** Decimal digits of any script as ASCII digits, as {@code float()} accepts them. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER
                ? '0' + Character.digit(cp, 10) : cp));
        return b.toString();
    }
}
