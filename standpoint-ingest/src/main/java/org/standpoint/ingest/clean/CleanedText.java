package org.standpoint.ingest.clean;

import java.util.List;

/** The article proper found in a page: its headline, body paragraphs and photo captions. */
public record CleanedText(String title, List<String> paragraphs, List<String> captions) {
    public CleanedText {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }

    /** Paragraphs joined by blank lines, as the export's {@code body}. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
