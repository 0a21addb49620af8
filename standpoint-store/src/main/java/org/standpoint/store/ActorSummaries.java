package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.standpoint.model.ActorCode;
import org.standpoint.model.ActorNames;

/**
 * Every actor code the store knows, with the name it is most often called by and how active it is: mentions,
 * events it did and suffered, stances it holds and quotes it spoke. Summed in SQL per code, merged here; the
 * number of distinct codes is small next to the number of rows.
 */
public final class ActorSummaries {
    private final Connection c;

    public ActorSummaries(Database db) {
        this.c = db.connection();
    }

    /** One actor code and its activity. */
    public record Actor(String code, String name, int mentions, int eventsDone, int eventsSuffered, int stances,
                        int quotes) {
        public int activity() {
            return eventsDone + eventsSuffered + stances + quotes;
        }
    }

    /** Every actor, the most active first. */
    public List<Actor> all() {
        Map<String, Counts> byCode = new TreeMap<>();
        try {
            sum("SELECT code, name, COUNT(*) FROM mention GROUP BY code, name", (rs, k) -> {
                k.mentions += rs.getInt(3);
                if (rs.getString(2) != null) {
                    k.mentionNames.merge(rs.getString(2), rs.getInt(3), Integer::sum);
                }
            }, byCode);
            sum("SELECT code, name, COUNT(*) FROM mention WHERE rule LIKE 'dictionary:___-names' OR rule LIKE"
                    + " 'dictionary:___-seat' OR rule LIKE 'agent:%' OR rule LIKE 'reference:%' GROUP BY code, name",
                    (rs, k) -> {
                        if (rs.getString(2) != null) {
                            k.collectiveNames.merge(rs.getString(2), rs.getInt(3), Integer::sum);
                        }
                    }, byCode);
            sum("SELECT source, source_name, COUNT(*) FROM event GROUP BY source, source_name", (rs, k) -> k.done += rs.getInt(3), byCode);
            sum("SELECT target, target_name, COUNT(*) FROM event GROUP BY target, target_name", (rs, k) -> k.suffered += rs.getInt(3), byCode);
            sum("SELECT holder, holder_name, COUNT(*) FROM stance GROUP BY holder, holder_name", (rs, k) -> k.stances += rs.getInt(3), byCode);
            sum("SELECT speaker_code, speaker, COUNT(*) FROM quote WHERE speaker_code IS NOT NULL GROUP BY speaker_code, speaker",
                    (rs, k) -> k.quotes += rs.getInt(3), byCode);
        } catch (SQLException e) {
            throw new StoreException("cannot summarise actors: " + e.getMessage(), e);
        }
        return byCode.values().stream()
                .map(k -> new Actor(k.code, name(k), k.mentions, k.done, k.suffered, k.stances, k.quotes))
                .sorted(Comparator.comparingInt(Actor::activity).thenComparingInt(Actor::mentions).reversed()
                        .thenComparing(Actor::code))
                .toList();
    }

    /**
     * Actors whose code starts with, or whose name or country's name contains, {@code text} (case ignored); all
     * when null.
     */
    public List<Actor> find(String text) {
        if (text == null || text.isBlank()) {
            return all();
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(a -> a.code().toLowerCase(Locale.ROOT).startsWith(needle)
                || a.name().toLowerCase(Locale.ROOT).contains(needle)
                || countryName(a.code()).toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    private interface RowCounter {
        void count(ResultSet rs, Counts counts) throws SQLException;
    }

    private static final class Counts {
        final String code;
        int mentions;
        int done;
        int suffered;
        int stances;
        int quotes;
        /** Every name the code is called by (column 2 of each query), weighted by its rows. */
        final Map<String, Integer> names = new HashMap<>();
        /**
         * The names its mentions call it by. These name the actor itself ("Russia" for RUSGOV); the other
         * tables name who acted or spoke for it, often a person ("Vitaly Churkin" for RUSGOV).
         */
        final Map<String, Integer> mentionNames = new HashMap<>();
        /**
         * The names of mentions that name the collective actor, not one of its people: a country's names and seat
         * ("Damascus" for the Syrian government), agents ("the Syrian government"), references ("the country").
         * FRAGOV is mentioned more often as "Juppé" than as "France", but is France's government.
         */
        final Map<String, Integer> collectiveNames = new HashMap<>();

        Counts(String code) {
            this.code = code;
        }
    }

    private void sum(String sql, RowCounter counter, Map<String, Counts> byCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(1);
                Counts counts = byCode.computeIfAbsent(code, Counts::new);
                counter.count(rs, counts);
                if (rs.getString(2) != null) {
                    counts.names.merge(rs.getString(2), rs.getInt(3), Integer::sum);
                }
            }
        }
    }

    /** The name of the code's country ("China" for CHNGOV, named "Chinese government"), or "" for others. */
    private static String countryName(String code) {
        return ActorCode.parse(code).flatMap(ActorCode::country).flatMap(c -> ActorNames.bundled().name(ActorCode.of(c)))
                .orElse("");
    }

    /**
     * What the code says it is ("Syrian opposition", "Russian media", "United Nations"), so that sides of one
     * country never share a name; else the name its mentions call it by most.
     */
    private static String name(Counts k) {
        return ActorCode.parse(k.code).flatMap(ActorNames.bundled()::name).orElseGet(() -> mostCommon(
                !k.collectiveNames.isEmpty() ? k.collectiveNames : k.mentions > 0 ? k.mentionNames : k.names, k.code));
    }

    private static String mostCommon(Map<String, Integer> names, String fallback) {
        if (names == null || names.isEmpty()) {
            return fallback;
        }
        return names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }
}
