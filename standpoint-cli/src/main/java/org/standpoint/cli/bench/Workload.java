package org.standpoint.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.standpoint.cli.progress.Progress;
import org.standpoint.ingest.clean.Blocks;
import org.standpoint.model.Article;

/** The benchmark's articles, and running a task over them on several threads with a progress bar. */
final class Workload {
    private Workload() {
    }

    /**
     * Each article {@code times} times, each copy with an id and content hash of its own, so that a small
     * corpus can run long enough to measure a steady state and every copy is stored as an article.
     */
    static List<Article> repeated(List<Article> articles, int times) {
        List<Article> out = new ArrayList<>(articles.size() * times);
        for (int copy = 0; copy < times; copy++) {
            for (Article a : articles) {
                if (copy == 0) {
                    out.add(a);
                    continue;
                }
                String hash = Blocks.sha256(a.contentHash() + "#" + copy);
                out.add(new Article(hash.substring(0, 16), a.metadata(), a.body(), a.captions(), hash, null));
            }
        }
        return out;
    }

    /**
     * Applies {@code task} to every item on {@code threads} threads and hands each result to {@code done} on
     * this thread, in the order they finish (the store has one writer). A failed item is counted, not fatal.
     *
     * @return how many items failed
     */
    static <T, R> int run(String name, List<T> items, int threads, Function<T, R> task, Consumer<R> done) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int failed = 0;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(items.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed(Progress.rate()).setUnit(" articles", 1)
                .continuousUpdate().build()) {
            CompletionService<R> completion = new ExecutorCompletionService<>(pool);
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(completion.submit(() -> task.apply(item)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    done.accept(completion.take().get());
                } catch (ExecutionException e) {
                    failed++;
                }
                bar.step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }
}
