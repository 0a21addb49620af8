package org.standpoint.lexicon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a set of linguistic resources was made of, as the SHA-256 of each file read, in the order they were read:
 * two resources with the same {@link #hex()} read the same bytes. It goes into every extracted record's
 * provenance, so a user can tell which lexicons and files coded a record. Immutable.
 */
public record ContentDigest(List<String> files) {
    /** Nothing read yet. */
    public static final ContentDigest EMPTY = new ContentDigest(List.of());

    public ContentDigest {
        files = List.copyOf(files);
    }

    /** This digest with one more file's content. */
    public ContentDigest plus(byte[] content) {
        List<String> more = new ArrayList<>(files);
        more.add(HexFormat.of().formatHex(sha256().digest(content)));
        return new ContentDigest(more);
    }

    /** This digest with one more file's text, as UTF-8. */
    public ContentDigest plus(String content) {
        return plus(content.getBytes(StandardCharsets.UTF_8));
    }

    /** This digest followed by the files of {@code other}. */
    public ContentDigest plus(ContentDigest other) {
        List<String> more = new ArrayList<>(files);
        more.addAll(other.files);
        return new ContentDigest(more);
    }

    /** The SHA-256 (hex) over every file's SHA-256 in turn. */
    public String hex() {
        MessageDigest all = sha256();
        files.forEach(f -> all.update(HexFormat.of().parseHex(f)));
        return HexFormat.of().formatHex(all.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
