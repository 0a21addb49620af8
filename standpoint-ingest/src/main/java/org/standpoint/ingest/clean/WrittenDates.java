package org.standpoint.ingest.clean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.PartialDate;

/**
 * Calendar dates written out in a text as pages write them: "Wednesday 21 August 2013", "21st Aug. 2013", "April
 * 17, 2017", "24.08.2013" and "24-08-2013" (day first, as such dates are written outside the United States, unless
 * the second number cannot be a month), "2013-08-24". Only dates that name their year
 * are read: "Tuesday" or "13 Oct" alone would need an anchor, and a guessed year is worse than none. Month and
 * weekday names come from the lexicon. Immutable and thread-safe.
 */
final class WrittenDates {
    /** Years a publication date may fall in; other four-digit numbers beside a month are counts. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;
    static final WrittenDates BUNDLED = new WrittenDates(Lexicon.bundled());

    /** One date in a text and where it stands. */
    record Found(PartialDate date, int start, int end) {
    }

    private final Map<String, Integer> months = new HashMap<>();
    private final Pattern pattern;

    WrittenDates(Lexicon words) {
        words.map("month-name").forEach((name, number) -> months.put(name, Integer.valueOf(number)));
        String month = group(months.keySet()) + "\\.?";
        String ordinal = "(?:" + group(words.words("ordinal-suffix")) + ")?";
        String weekday = group(words.words("weekday-name")) + "\\.?,?";
        // A letter may follow the year directly: scraped text glues the next word to it ("24.08.2013Get").
        pattern = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.])(?:" + weekday + "\\s+)?(?:"
                + "(?<d1>\\d{1,2})" + ordinal + "\\s+(?<m1>" + month + "),?\\s+(?<y1>\\d{4})"
                + "|(?<m2>" + month + ")\\s+(?<d2>\\d{1,2})" + ordinal + ",?\\s*(?<y2>\\d{4})"
                + "|(?<d3>\\d{1,2})(?<sep>[.-])(?<m3>\\d{1,2})\\k<sep>(?<y3>\\d{4})"
                + "|(?<y4>\\d{4})-(?<m4>\\d{2})-(?<d4>\\d{2}))(?!\\p{N})");
    }

    private static String group(Collection<String> names) {
        return PageWords.alternation(names) + "(?!\\p{L})";
    }

    /** Every date in the text, in order. */
    List<Found> all(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            date(m).ifPresent(d -> out.add(new Found(d, m.start(), m.end())));
        }
        return out;
    }

    /** The first date in the text. */
    Optional<Found> first(String text) {
        List<Found> all = all(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private Optional<PartialDate> date(Matcher m) {
        for (int i = 1; i <= 4; i++) {
            if (m.group("y" + i) != null) {
                String month = m.group("m" + i);
                int day = Integer.parseInt(m.group("d" + i));
                if (!Character.isDigit(month.charAt(0))) {
                    return date(Integer.parseInt(m.group("y" + i)), months.get(month.replace(".", "").toLowerCase(Locale.ROOT)), day);
                }
                int number = Integer.parseInt(month);
                boolean monthFirst = i == 3 && number > 12 && day <= 12; // "09-23-2013"
                return date(Integer.parseInt(m.group("y" + i)), monthFirst ? day : number, monthFirst ? number : day);
            }
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> date(int year, Integer month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR || month == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(year, month, day));
        } catch (RuntimeException e) {
            return Optional.empty(); // 31 April, month 13: not a date
        }
    }
}
