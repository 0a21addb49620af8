package org.standpoint.ingest.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation and hashing shared by the cleaner and the corpus statistics. */
public final class Blocks {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u200b]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Blocks() {
    }

    /** Collapses every run of whitespace, including non-breaking spaces, into one space. */
    public static String normalizeSpace(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** A key that ignores case, punctuation and spacing, so lightly re-typeset copies compare equal. */
    public static String key(String block) {
        return NON_WORD.matcher(block.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A short hash of a block's {@link #key}, for corpus statistics. */
    public static String blockHash(String block) {
        return sha256(key(block)).substring(0, 16);
    }

    public static int wordCount(String text) {
        String k = key(text);
        return k.isEmpty() ? 0 : k.split(" ").length;
    }
}
