package org.standpoint.spark.output;

import java.util.HashSet;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Fills in each dated event's {@code articles} and {@code sources}: how many articles and distinct sources
 * report an event with the same source, target, three-digit code and date, counting each analysed article
 * and every near-identical copy linked to it. The same counts {@code standpoint export} takes from the
 * database, computed with joins so that no machine holds every event.
 */
public final class EventReportCounts {
    private EventReportCounts() {
    }

    /**
     * @param lines export records; dated events carry their event key
     * @param reporters for each analysed article's id, the articles that report its events (itself included)
     */
    public static JavaRDD<ExportLine> fill(JavaRDD<ExportLine> lines, JavaPairRDD<String, Reporter> reporters) {
        JavaPairRDD<String, ExportLine> dated = lines.filter(l -> l.eventKey() != null)
                .mapToPair(l -> new Tuple2<>(l.eventKey(), l));
        JavaPairRDD<String, Tuple2<Integer, Integer>> counts = dated
                .mapToPair(e -> new Tuple2<>(e._2().article(), e._1())).distinct()
                .join(reporters)
                .mapToPair(Tuple2::_2).distinct()
                .groupByKey()
                .mapValues(EventReportCounts::count);
        JavaRDD<ExportLine> filled = dated.join(counts)
                .map(e -> e._2()._1().withReports(e._2()._2()._1(), e._2()._2()._2()));
        return lines.filter(l -> l.eventKey() == null).union(filled);
    }

    private static Tuple2<Integer, Integer> count(Iterable<Reporter> reporters) {
        Set<String> articles = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (Reporter r : reporters) {
            articles.add(r.articleId());
            sources.add(r.source());
        }
        return new Tuple2<>(articles.size(), sources.size());
    }
}
