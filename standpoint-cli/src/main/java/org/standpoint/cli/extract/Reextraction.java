package org.standpoint.cli.extract;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.standpoint.analysis.AnalysisConfig;
import org.standpoint.analysis.AnalysisPipeline;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StageFailures;
import org.standpoint.store.StoreException;

/**
 * Extraction run again over one stored article at a time, from its stored annotation; an article whose
 * annotation failed when it was analysed is annotated again first (CoreNLP's models are loaded only if one
 * needs them). Each article's new extraction and the stages that did not complete replace the old ones in one
 * transaction.
 */
final class Reextraction {
    private final Database db;
    private final AnalysisConfig config;
    private final ArticleStore articles;
    private final Pipeline extraction;
    private Pipeline full;
    private CoreNlpModels models;
    /** Puts the time budget per article on each pipeline built. */
    private final UnaryOperator<Pipeline> limited;

    Reextraction(Database db, AnalysisConfig config, UnaryOperator<Pipeline> limited) {
        this.db = db;
        this.config = config;
        this.limited = limited;
        this.articles = new ArticleStore(db, "");
        this.extraction = limited.apply(AnalysisPipeline.extraction(config));
    }

    /** The article analysed again and stored, or empty for a near-identical copy, which is linked, not analysed. */
    Optional<Document> run(Article a) {
        if (a.isDuplicate()) {
            return Optional.empty();
        }
        Optional<Annotation> stored = articles.annotation(a.id());
        Document d = stored.isPresent() ? extraction.run(Document.annotated(a, stored.get())) : fullPipeline().run(Document.of(a));
        try {
            db.transaction(tx -> {
                if (stored.isEmpty() && d.annotated()) {
                    articles.saveAnnotation(a.id(), d.annotation(), AnalysisPipeline.annotator(models));
                }
                new ExtractionStore(db).replace(a.id(), d.extraction());
                new StageFailures(db).replace(a.id(), d.failures());
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot store the extraction of article " + a.id() + ": " + e.getMessage(), e);
        }
        return Optional.of(d);
    }

    private Pipeline fullPipeline() {
        if (full == null) {
            models = CoreNlpModels.shared(config.corenlp());
            full = limited.apply(AnalysisPipeline.full(config, models));
        }
        return full;
    }
}
