package org.standpoint.cli.statements;

/** Text fitting for the commands' plain tables. */
final class Tables {
    private Tables() {
    }

    static String cut(String s, int width) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= width ? one : one.substring(0, width - 1) + "…";
    }
}
