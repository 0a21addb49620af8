package org.standpoint.model;

import java.io.Serializable;
import java.util.List;

/**
 * Why a record was extracted, for "why was this coded?": the stage and the rule that produced it, the entries of
 * the dictionaries and lexicons that fired, and what was in force when it ran, the digest of every lexicon,
 * dictionary and user file and the pipeline's version. An extractor names the rule and entries; the pipeline
 * stamps the stage, digest and version.
 *
 * @param stage the pipeline stage, e.g. {@code events}; null until stamped
 * @param rule the identifier of the rule that fired, e.g. {@code verb-pattern} or {@code direct:said-after}
 * @param entries the entries that fired, each as {@code source:key}, e.g. {@code verbs:veto} or
 *                {@code actors:sergey-lavrov}
 * @param lexicons SHA-256 (hex) over the lexicons, dictionaries and user files in force; null until stamped
 * @param version the pipeline's version; null until stamped
 */
public record Provenance(String stage, String rule, List<String> entries, String lexicons, String version)
        implements Serializable {
    /** The provenance of a record stored before provenance was recorded. */
    public static final Provenance UNRECORDED = new Provenance(null, "unrecorded", List.of(), null, null);

    public Provenance {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("provenance needs the rule that fired, got '" + rule + "'");
        }
        entries = List.copyOf(entries == null ? List.of() : entries);
    }

    /** What an extractor knows: the rule and the entries that fired. */
    public static Provenance of(String rule, List<String> entries) {
        return new Provenance(null, rule, entries, null, null);
    }

    /** Whether the pipeline has stamped its stage, digest and version on it. */
    public boolean stamped() {
        return stage != null;
    }

    /** This provenance with what the pipeline knows: the stage that ran, the digest and the version. */
    public Provenance stamp(String stageName, String lexiconDigest, String pipelineVersion) {
        return new Provenance(stageName, rule, entries, lexiconDigest, pipelineVersion);
    }
}
