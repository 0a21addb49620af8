package org.standpoint.council.facts;

import java.util.Locale;

/** One member's vote. {@link #ABSENT} covers absence and non-participation ({@code NV} or {@code X} in sources). */
public enum Vote {
    YES("Y"), NO("N"), ABSTAIN("A"), ABSENT("X");

    private final String code;

    Vote(String code) {
        this.code = code;
    }

    /** The one-letter code of the shipped files: Y, N, A or X. */
    public String code() {
        return code;
    }

    /** Reads Y, N, A, X, NV or an empty field (absent), ignoring case and surrounding blanks. */
    public static Vote parse(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return switch (c) {
            case "Y", "YES" -> YES;
            case "N", "NO" -> NO;
            case "A", "ABSTAIN", "ABSTENTION" -> ABSTAIN;
            case "X", "NV", "", "ABSENT", "NON-VOTING" -> ABSENT;
            default -> throw new IllegalArgumentException("unknown vote code '" + code + "' (expected Y, N, A, X or NV)");
        };
    }
}
