package org.standpoint.ingest.clean;

import java.util.List;
import org.standpoint.model.PartialDate;

/**
 * The article proper found in a page: its headline, body paragraphs and photo captions, and the date a dateline in
 * the text gives (null when none does).
 */
public record CleanedText(String title, List<String> paragraphs, List<String> captions, PartialDate dateline) {
    public CleanedText {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }

    /** Paragraphs joined by blank lines, as the export's {@code body}. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
