package org.standpoint.extract.quotes;

import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.Quote;

/** Finds an article's quotations and who said them. Thread-safe. */
public interface QuoteAttributor {
    List<Quote> attribute(Annotation annotation, String body, List<Mention> mentions);
}
