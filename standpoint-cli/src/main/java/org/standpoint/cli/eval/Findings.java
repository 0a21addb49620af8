package org.standpoint.cli.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The items worth a look after scoring, by list name ({@code missed_events}, {@code false_alarms}, ...). */
final class Findings {
    private final Map<String, List<String>> lists = new LinkedHashMap<>();

    Findings(List<String> names) {
        names.forEach(n -> lists.put(n, new ArrayList<>()));
    }

    void add(String list, String line) {
        lists.computeIfAbsent(list, k -> new ArrayList<>()).add(line);
    }

    Map<String, List<String>> lists() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        lists.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }
}
