package org.standpoint.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * One GET endpoint of the API: its path (with {@code {name}} path parameters), its group in the description,
 * what it answers and the handler computing the answer, which the server turns into JSON. An endpoint answering
 * a list names the type of its rows ({@code rows}, else null) and answers a CSV table of them too, one column
 * per field of a row (see {@link CsvTable}).
 */
public record Endpoint(String path, String tag, String summary, List<Param> params, Class<?> rows, Handler handler) {
    /** Computes an endpoint's answer from a checked request. */
    @FunctionalInterface
    public interface Handler {
        Object answer(Request request);
    }

    /** An endpoint answering one object, in JSON only. */
    public Endpoint(String path, String tag, String summary, List<Param> params, Handler handler) {
        this(path, tag, summary, params, null, handler);
    }

    public Endpoint {
        params = List.copyOf(params);
        for (Param p : params) {
            if (p.in() == Param.In.PATH && !path.contains("{" + p.name() + "}")) {
                throw new IllegalArgumentException(path + " has no place for path parameter " + p.name());
            }
        }
    }

    /**
     * An endpoint returning a page of a list of {@code rows}, which takes {@code limit} and {@code offset} and
     * {@code format} besides its own parameters.
     */
    public static Endpoint list(String path, String tag, String summary, Class<?> rows, List<Param> params,
                                Handler handler) {
        List<Param> all = new ArrayList<>(params);
        all.addAll(Param.paging());
        all.add(Param.format());
        return new Endpoint(path, tag, summary, all, rows, handler);
    }

    /** An endpoint returning a whole list of {@code rows} (no paging), which takes {@code format} too. */
    public static Endpoint table(String path, String tag, String summary, Class<?> rows, List<Param> params,
                                 Handler handler) {
        List<Param> all = new ArrayList<>(params);
        all.add(Param.format());
        return new Endpoint(path, tag, summary, all, rows, handler);
    }

    /** Whether the endpoint answers a list, which it can also give as CSV. */
    public boolean tabular() {
        return rows != null;
    }

    public boolean takes(String name, Param.In in) {
        return params.stream().anyMatch(p -> p.name().equals(name) && p.in() == in);
    }
}
