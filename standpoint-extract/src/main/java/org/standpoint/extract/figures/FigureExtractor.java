package org.standpoint.extract.figures;

import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Figure;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;

/** Finds the counts an article reports and who claims each. Thread-safe. */
public interface FigureExtractor {
    List<Figure> extract(Annotation annotation, String body, List<Mention> mentions, PartialDate published);
}
