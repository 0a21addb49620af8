package org.standpoint.cli.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Python's semantics for the JSON values the scorer handles (strings, numbers, booleans, null, lists, maps as
 * Jackson reads them): {@code dict.get} with a default, truthiness, {@code str}, {@code repr}, {@code ==},
 * {@code int()} and {@code format(v, '.Nf')}.
 */
final class PyValue {
    private PyValue() {
    }

    /** {@code d.get(key, fallback)}: the fallback only when the key is absent, not when it maps to null. */
    static Object get(Map<String, Object> map, String key, Object fallback) {
        return map.containsKey(key) ? map.get(key) : fallback;
    }

    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof Number) {
            return ((BigDecimal) comparable(v)).signum() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return !(v instanceof Map<?, ?> m) || !m.isEmpty();
    }

    /** Python's {@code str(v)}. */
    static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return PyFloat.repr(d);
        }
        if (v instanceof Float f) {
            return PyFloat.repr(f.doubleValue());
        }
        return repr(v);
    }

    /** Python's {@code repr(v)}; lists print as lists, maps as dicts. */
    static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String s) {
            return PyText.repr(s);
        }
        if (v instanceof Double || v instanceof Float) {
            return str(v);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(PyValue::repr).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return v.toString();
    }

    /** Python's {@code a == b}: numbers (and booleans, which are numbers in Python) compare by value. */
    static boolean eq(Object a, Object b) {
        return Objects.equals(comparable(a), comparable(b));
    }

    /** A value whose {@code equals} and {@code hashCode} behave as Python's {@code ==} and {@code hash}. */
    static Object comparable(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d;
        }
        if (v instanceof Number n) {
            BigDecimal exact = n instanceof BigInteger bi ? new BigDecimal(bi)
                    : n instanceof Double || n instanceof Float ? new BigDecimal(n.doubleValue())
                    : n instanceof BigDecimal bd ? bd : BigDecimal.valueOf(n.longValue());
            return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(PyValue::comparable).toList();
        }
        return v;
    }

    /**
     * Python's {@code int(v)}: floats truncate toward zero, strings parse as decimal integers.
     *
     * @throws IllegalArgumentException where Python raises, e.g. for None
     */
    static long toInt(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("cannot convert float " + str(d) + " to integer");
            }
            return (long) d.doubleValue();
        }
        if (v instanceof Number n) {
            return n instanceof BigInteger bi ? bi.longValueExact() : n.longValue();
        }
        if (v instanceof String s) {
            String t = PyText.strip(s);
            if (t.matches("[+-]?\\d+(_\\d+)*")) {
                return Long.parseLong(t.replace("_", ""));
            }
            throw new IllegalArgumentException("invalid literal for int() with base 10: " + PyText.repr(s));
        }
        throw new IllegalArgumentException("int() argument must be a string or a number, not " + repr(v));
    }

    /** {@code format(v, '.Nf')}: the exact binary value rounded half to even, as Python does. */
    static String fixed(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return PyFloat.repr(v);
        }
        return new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
