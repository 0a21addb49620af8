package org.standpoint.model;

import java.util.List;

/**
 * Who did what to whom and when, coded in CAMEO 2.0, with the evidence that states it and the rule that
 * coded it.
 *
 * @param cameo three- or four-digit CAMEO code, as a string ({@code "0241"} keeps its leading zero)
 * @param date when it happened, to the precision the text gives, or null
 * @param sentence index of the evidence sentence
 * @param evidence the sentence that states the event
 * @param rule the verb or noun pattern that fired, e.g. {@code verb:veto/dobj}
 * @param dictionaryEntries the dictionary entries that resolved source and target
 * @param mentions how many times the article states this event
 * @param provenance why it was extracted: stage, rule, entries, lexicons and version
 */
public record Event(String source, String sourceName, String target, String targetName, String cameo,
                    PartialDate date, Modality modality, int sentence, Span span, String evidence, String rule,
                    List<String> dictionaryEntries, int mentions, Provenance provenance) {
    public Event {
        provenance = provenance == null ? Provenance.UNRECORDED : provenance;
        if (source == null || target == null) {
            throw new IllegalArgumentException("an event needs a source and a target, got " + source + " -> " + target);
        }
        if (cameo == null || !cameo.matches("\\d{3,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 3 or 4 digits, got " + cameo);
        }
        if (modality == null) {
            throw new IllegalArgumentException("event " + source + " " + cameo + " " + target + " has no modality");
        }
        dictionaryEntries = List.copyOf(dictionaryEntries == null ? List.of() : dictionaryEntries);
        if (mentions < 1) {
            throw new IllegalArgumentException("an event is stated at least once, got " + mentions);
        }
    }

    /** An event whose provenance is not recorded. */
    public Event(String source, String sourceName, String target, String targetName, String cameo, PartialDate date,
                 Modality modality, int sentence, Span span, String evidence, String rule, List<String> dictionaryEntries,
                 int mentions) {
        this(source, sourceName, target, targetName, cameo, date, modality, sentence, span, evidence, rule,
                dictionaryEntries, mentions, Provenance.UNRECORDED);
    }

    public Event withProvenance(Provenance p) {
        return new Event(source, sourceName, target, targetName, cameo, date, modality, sentence, span, evidence, rule,
                dictionaryEntries, mentions, p);
    }

    /** The two-digit CAMEO root category. */
    public String root() {
        return cameo.substring(0, 2);
    }

    /**
     * What two articles' reports of one event share: source, target, three-digit CAMEO code and date; null for
     * an undated event, which is never merged with another article's ("Russia vetoed a resolution" may be any
     * of several vetoes).
     */
    public String reportKey() {
        return date == null ? null : source + "|" + target + "|" + cameo.substring(0, 3) + "|" + date;
    }

    public Event withMentions(int n) {
        return new Event(source, sourceName, target, targetName, cameo, date, modality, sentence, span, evidence, rule,
                dictionaryEntries, n, provenance);
    }
}
