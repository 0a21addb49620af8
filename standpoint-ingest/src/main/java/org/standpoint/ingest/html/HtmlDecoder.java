package org.standpoint.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standpoint.ingest.Utf8;

/**
 * Turns the bytes of an HTML page into text. The charset is the one the transport declares (an HTTP
 * {@code Content-Type}), else the one the page declares in a {@code <meta>} tag, else UTF-8. UTF-8 is decoded
 * strictly so a mislabelled page is reported rather than silently garbled; other charsets are decoded as Java
 * does, because legacy pages (windows-1252, ISO-8859-1) are legitimate and have no invalid bytes to report.
 */
public final class HtmlDecoder {
    /** Browsers look for the meta charset in the first 1024 bytes; allow for long comments and scripts before it. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** Labels browsers decode as windows-1252 (WHATWG Encoding): pages saying Latin-1 use its 0x80-0x9F quotes. */
    private static final Set<String> WINDOWS_1252_LABELS =
            Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252");

    private HtmlDecoder() {
    }

    /**
     * @param transportCharset the charset named outside the page (HTTP), or null
     * @throws Utf8.InvalidUtf8Exception when the page is taken to be UTF-8 and is not
     */
    public static String decode(byte[] bytes, String transportCharset) {
        Charset charset = startsWithUtf8Bom(bytes)
                ? StandardCharsets.UTF_8
                : resolve(transportCharset, false).or(() -> declaredInPage(bytes)).orElse(StandardCharsets.UTF_8);
        return charset.equals(StandardCharsets.UTF_8) ? Utf8.decode(bytes) : new String(bytes, charset);
    }

    /** The charset a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} near the top names. */
    public static Optional<Charset> declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? resolve(m.group(1), true) : Optional.empty();
    }

    private static Optional<Charset> resolve(String label, boolean inPage) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(name)) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        if (inPage && name.startsWith("utf-16")) {
            // A page whose bytes let us read an ASCII meta tag is not UTF-16, whatever it says (WHATWG).
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
