package org.standpoint.extract.events;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.List;
import java.util.Optional;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Span;
import org.standpoint.model.TimeExpression;

/**
 * An event's date: the resolved time expression attached to its predicate ("on Tuesday", "last month"),
 * else one elsewhere in the same clause; unknown when the sentence gives none. Relative expressions were
 * resolved against the publication date by the annotator.
 */
final class EventDates {
    private static final java.util.regex.Pattern WEEK = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})");
    private final DependencyGraph g;
    private final List<TimeExpression> times;

    EventDates(DependencyGraph g, List<TimeExpression> allTimes, PartialDate published) {
        this.g = g;
        Span s = g.sentence().span();
        this.times = allTimes.stream().filter(t -> s.contains(t.span()) && parse(t.value()).isPresent()).toList();
    }

    /** A TIMEX3 value as a date: {@code 2011-11-15}, {@code 2011-10}, or a week {@code 2011-W26} as its month. */
    static Optional<PartialDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher week = WEEK.matcher(value);
        if (week.lookingAt()) {
            java.time.LocalDate monday = java.time.LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(java.time.DayOfWeek.MONDAY);
            return Optional.of(new PartialDate(monday.getYear(), monday.getMonthValue(), null));
        }
        return value.matches("\\d{4}.*") ? PartialDate.parse(value) : Optional.empty();
    }

    PartialDate of(int predicate) {
        // "voted on Saturday to suspend": the time may hang on the verbs the predicate depends on.
        int verb = predicate;
        for (int depth = 0; depth < 3 && verb >= 0; depth++) {
            Optional<PartialDate> attached = g.outgoing(verb).stream()
                    .map(d -> at(d.dependent())).flatMap(Optional::stream).findFirst();
            if (attached.isPresent()) {
                return attached.get();
            }
            verb = governingVerb(verb);
        }
        return times.size() == 1 ? parse(times.get(0).value()).orElse(null) : null;
    }

    private int governingVerb(int word) {
        for (String rel : new String[] {"xcomp", "advcl", "conj", "obj"}) {
            Optional<Integer> up = g.parent(word, rel);
            if (up.isPresent() && g.isVerb(up.get())) {
                return up.get();
            }
        }
        return -1;
    }

    private Optional<PartialDate> at(int token) {
        Span span = g.token(token).span();
        return times.stream().filter(t -> t.span().contains(span)).findFirst().flatMap(t -> parse(t.value()));
    }
}
