package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.standpoint.model.Modality;
import org.standpoint.model.cameo.QuadClass;

/**
 * Who acts on whom: stored events summed per pair of actors ({@link ActorKey countries and organisations}) and
 * CAMEO quad class, for drawing the network of interactions. Only events stated as acts count
 * ({@link Modality#isAct()}).
 */
public final class EventNetwork {
    private static final String ACTS = Arrays.stream(Modality.values()).filter(Modality::isAct)
            .map(m -> "'" + m.name() + "'").collect(Collectors.joining(", "));
    private final Connection c;

    public EventNetwork(Database db) {
        this.c = db.connection();
    }

    /**
     * Events from one actor to another.
     *
     * @param byQuadClass events per quad class: [0] verbal cooperation, [1] material cooperation, [2] verbal
     *     conflict, [3] material conflict
     */
    public record Edge(String source, String target, int events, int[] byQuadClass, double meanGoldstein) {
        public Edge {
            byQuadClass = byQuadClass.clone();
        }

        /** The quad class (1–4) most of the events fall in; the more conflictual wins a tie. Sent with the edge. */
        @com.fasterxml.jackson.annotation.JsonProperty
        public int dominantQuadClass() {
            return QuadClass.dominant(byQuadClass).number();
        }

        @Override
        public int[] byQuadClass() {
            return byQuadClass.clone();
        }
    }

    /** Edges between different actors among events dated within the range (either end may be null). */
    public List<Edge> edges(LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT source, target, quad_class, COUNT(*), SUM(goldstein) FROM event"
                + " WHERE modality IN (" + ACTS + ")");
        List<String> params = new ArrayList<>();
        if (from != null) {
            sql.append(" AND event_date >= ?");
            params.add(EventSql.lowestDenoting(from));
        }
        if (to != null) {
            sql.append(" AND event_date <= ?");
            params.add(to.toString());
        }
        sql.append(" GROUP BY source, target, quad_class");
        Map<String, Sum> sums = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String source = ActorKey.of(rs.getString(1));
                    String target = ActorKey.of(rs.getString(2));
                    int quad = rs.getInt(3);
                    if (source.equals(target) || quad < 1 || quad > 4) {
                        continue;
                    }
                    Sum sum = sums.computeIfAbsent(source + " " + target, k -> new Sum(source, target));
                    sum.byQuad[quad - 1] += rs.getInt(4);
                    sum.goldstein += rs.getDouble(5);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot sum the event network: " + e.getMessage(), e);
        }
        return sums.values().stream().map(Sum::edge)
                .sorted(Comparator.comparingInt(Edge::events).reversed().thenComparing(Edge::source).thenComparing(Edge::target))
                .toList();
    }

    private static final class Sum {
        final String source;
        final String target;
        final int[] byQuad = new int[4];
        double goldstein;

        Sum(String source, String target) {
            this.source = source;
            this.target = target;
        }

        Edge edge() {
            int events = byQuad[0] + byQuad[1] + byQuad[2] + byQuad[3];
            return new Edge(source, target, events, byQuad, events == 0 ? 0 : goldstein / events);
        }
    }
}
