package org.standpoint.cli.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * score_roots.py's {@code root(code)}: the CAMEO root of a code as the scorer reads it, with Python's string
 * semantics: {@code str(code)} stripped, digits only ({@code str.isdigit}), one digit padded ("1" is "01"), else
 * the first two; null (Python's None) for anything else ("18.0", "", null).
 */
final class CameoRoot {
    /** Python's {@code sorted} on roots: by code point; None first (where Python would refuse to compare). */
    static final Comparator<String> ORDER = Comparator.nullsFirst(
            Comparator.comparing((String r) -> r.codePoints().toArray(), Arrays::compare));

    private CameoRoot() {
    }

    static String of(Object code) {
        String c = PyText.strip(code == null ? "" : PyValue.str(code));
        if (c.isEmpty() || !c.codePoints().allMatch(CameoRoot::isDigit)) {
            return null;
        }
        int length = c.codePointCount(0, c.length());
        return length <= 2 ? PyText.slice("0".repeat(2 - length) + c, 0, 2) : PyText.slice(c, 0, 2);
    }

    /** {@code str(root)}: None for no root. */
    static String str(String root) {
        return root == null ? "None" : root;
    }

    /**
     * {@code str.isdigit()} for one code point: a decimal digit of any script, or another digit character with a
     * value of 0 to 9 (superscripts, circled digits), as Unicode's Numeric_Type=Digit, which Java does not expose.
     */
    private static boolean isDigit(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.OTHER_NUMBER && Character.getNumericValue(cp) >= 0 && Character.getNumericValue(cp) <= 9;
    }
}
