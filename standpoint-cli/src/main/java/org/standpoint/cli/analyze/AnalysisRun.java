package org.standpoint.cli.analyze;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.standpoint.cli.progress.Progress;
import org.standpoint.ingest.ArticleSources;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;
import org.standpoint.ingest.manifest.Manifest;
import org.standpoint.ingest.prepare.BatchPreparation;
import org.standpoint.ingest.prepare.PreparedArticle;
import org.standpoint.model.StageFailure;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.BlockHistory;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.RunLog;
import org.standpoint.store.StageFailures;
import org.standpoint.store.StorageErrors;
import org.standpoint.store.StoreException;
import org.standpoint.store.StoredArticle;
import org.standpoint.store.StoredRuns;

/**
 * One {@code analyze} run: read, prepare, annotate on {@code threads} threads and store from this thread
 * (SQLite has one writer), each article with its extraction in one transaction as soon as it is done, so an
 * interrupted run keeps everything finished before it stopped and never an article without its extraction.
 * Other runs may write into the same database at the same time: an article one of them stored first counts
 * here as already stored.
 */
final class AnalysisRun {
    private final Database db;
    private final Pipeline pipeline;
    private final String annotator;
    private final int threads;
    private final PrintWriter err;
    /** The progress shown while articles are annotated, through which messages then go; null before and after. */
    private Progress progress;
    /** Why the run stopped storing before the end (a full disk), or null. */
    private String stopped;

    AnalysisRun(Database db, Pipeline pipeline, String annotator, int threads, PrintWriter err) {
        this.db = db;
        this.pipeline = pipeline;
        this.annotator = annotator;
        this.threads = threads;
        this.err = err;
    }

    RunSummary run(List<Path> inputs, Manifest manifest) {
        long start = System.nanoTime();
        RunLog log = new RunLog(db);
        String runId = log.start();
        List<SourceFailure> failures = new ArrayList<>();
        List<SourceFailure> incomplete = new ArrayList<>();
        List<RawDocument> docs = new ArrayList<>();
        manifest.problems().forEach(p -> fail(p, failures));
        ArticleSources.standard(IngestLimits.DEFAULT).read(inputs, manifest, (SourceRecord r) -> {
            if (r instanceof RawDocument d) {
                docs.add(d);
            } else {
                fail((SourceFailure) r, failures);
            }
        });
        ArticleStore store = new ArticleStore(db, annotator);
        BlockHistory history = new BlockHistory(db);
        BatchPreparation.Batch batch = BatchPreparation.prepare(docs, new StoredRuns(db), f -> fail(f, failures));
        int[] counts = annotateAndStore(batch.articles(), store, history, failures, incomplete);
        double seconds = (System.nanoTime() - start) / 1e9;
        RunSummary summary = new RunSummary(docs.size(), counts[0], batch.alreadyStored() + counts[3], counts[1],
                failures, incomplete, counts[2], seconds, stopped, null);
        List<RunLog.Failure> recorded = new ArrayList<>();
        for (SourceFailure f : failures) {
            recorded.add(new RunLog.Failure(f.sourceFile(), f.location(), f.reason()));
        }
        for (SourceFailure f : incomplete) {
            recorded.add(new RunLog.Failure(f.sourceFile(), f.location(), f.reason()));
        }
        try {
            log.finish(runId, summary.read(), summary.stored(), summary.alreadyStored() + summary.linked(),
                    failures.size(), recorded);
        } catch (StoreException e) {
            // The articles stored are safe; the user must still get the summary and learn the record is missing.
            summary = summary.unrecorded(e.getMessage());
        }
        return summary;
    }

    private void fail(SourceFailure f, List<SourceFailure> failures) {
        failures.add(f);
        if (progress != null) {
            progress.message(f.describe());
        } else {
            err.println("standpoint: " + f.describe());
            err.flush();
        }
    }

    /**
     * Annotates and stores the originals first, then the near-duplicates, whose links must point at a stored
     * article. @return stored, linked, tokens, found stored by another run when saving
     */
    private int[] annotateAndStore(List<PreparedArticle> articles, ArticleStore store, BlockHistory history,
                                   List<SourceFailure> failures, List<SourceFailure> incomplete) {
        int[] counts = new int[4];
        List<PreparedArticle> toAnnotate = articles.stream().filter(p -> !p.article().isDuplicate()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Progress bar = Progress.of("analyze", toAnnotate.size(), err)) {
            progress = bar;
            CompletionService<Document> done = new ExecutorCompletionService<>(pool);
            List<Future<Document>> futures = new ArrayList<>();
            for (PreparedArticle p : toAnnotate) {
                futures.add(done.submit(() -> pipeline.run(Document.of(p.article()))));
            }
            for (int i = 0; i < futures.size() && stopped == null; i++) {
                storeNext(done, toAnnotate, futures, store, history, failures, counts, incomplete);
                bar.step();
                if (stopped != null) {
                    stopped += "; " + (futures.size() - i - 1) + " articles left unanalysed (run again when there"
                            + " is room: what was stored is skipped)";
                    bar.message(stopped);
                }
            }
        } finally {
            progress = null;
            pool.shutdownNow();
        }
        for (PreparedArticle p : articles) {
            if (p.article().isDuplicate() && stopped == null) {
                linkDuplicate(p, store, history, failures, counts);
            }
        }
        return counts;
    }

    private void linkDuplicate(PreparedArticle p, ArticleStore store, BlockHistory history,
                               List<SourceFailure> failures, int[] counts) {
        if (store.article(p.article().duplicateOf()).isEmpty()) {
            fail(BatchPreparation.orphaned(p.article()), failures);
            return;
        }
        if (save(new StoredArticle(p.article(), null, annotator, null, p.similarity()), null, p, store, history,
                failures, counts)) {
            counts[1]++;
        }
    }

    /**
     * Stores one article with its block history and, when it was analysed (not a linked copy), its extraction and
     * the stages that did not complete, in one transaction; a storage error fails that article only.
     * @return whether it was newly stored
     */
    private boolean save(StoredArticle s, Document analysed, PreparedArticle p, ArticleStore store,
                         BlockHistory history, List<SourceFailure> failures, int[] counts) {
        try {
            boolean stored = db.transaction(c -> {
                if (!store.save(s)) {
                    return false;
                }
                history.record(p.article().contentHash(), p.publisherKey(), p.blockHashes());
                if (analysed != null) {
                    new ExtractionStore(db).replace(s.article().id(), analysed.extraction());
                    new StageFailures(db).replace(s.article().id(), analysed.failures());
                }
                return true;
            });
            counts[stored ? 0 : 3]++;
            return stored;
        } catch (SQLException | StoreException e) {
            fail(new SourceFailure(p.article().metadata().sourceFile(), p.article().metadata().location(),
                    "not stored: " + StorageErrors.describe(e)), failures);
            if (StorageErrors.diskFull(e)) {
                stopped = "the disk is full";
            }
            return false;
        }
    }

    private void storeNext(CompletionService<Document> done, List<PreparedArticle> prepared,
                           List<Future<Document>> futures, ArticleStore store, BlockHistory history,
                           List<SourceFailure> failures, int[] counts, List<SourceFailure> incomplete) {
        Future<Document> next;
        try {
            next = done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        PreparedArticle p = prepared.get(futures.indexOf(next));
        try {
            Document doc = next.get();
            if (save(new StoredArticle(doc.article(), doc.annotated() ? doc.annotation() : null, annotator,
                    p.signature(), null), doc, p, store, history, failures, counts)) {
                counts[2] += doc.annotation().tokenCount();
                if (!doc.failures().isEmpty()) {
                    fail(new SourceFailure(p.article().metadata().sourceFile(), p.article().metadata().location(),
                            "stored, but stage " + StageFailure.summary(doc.failures()) + " (extract runs it again)"),
                            incomplete);
                }
            }
        } catch (ExecutionException e) {
            fail(new SourceFailure(p.article().metadata().sourceFile(), p.article().metadata().location(),
                    String.valueOf(e.getCause())), failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
