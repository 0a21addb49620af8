package org.standpoint.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs several tasks on threads of their own, released together so that they overlap as far as they can. */
public final class AtOnce {
    private AtOnce() {
    }

    /** One of the tasks; {@code index} tells it apart from the others (0, 1, ...). */
    @FunctionalInterface
    public interface Task<T> {
        T run(int index) throws Exception;
    }

    /**
     * Runs {@code count} copies of {@code task} at once and returns their results in index order.
     *
     * @throws Exception the first task's failure (as the cause of an ExecutionException), or a timeout after
     *     {@code minutes}
     */
    public static <T> List<T> run(int count, long minutes, Task<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                running.add(pool.submit(() -> {
                    start.await(1, TimeUnit.MINUTES);
                    return task.run(index);
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : running) {
                out.add(f.get(minutes, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
