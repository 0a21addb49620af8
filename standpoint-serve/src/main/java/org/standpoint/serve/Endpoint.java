package org.standpoint.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * One GET endpoint of the API: its path (with {@code {name}} path parameters), its group in the description,
 * what it answers and the handler computing the answer, which the server turns into JSON.
 */
public record Endpoint(String path, String tag, String summary, List<Param> params, Handler handler) {
    /** Computes an endpoint's answer from a checked request. */
    @FunctionalInterface
    public interface Handler {
        Object answer(Request request);
    }

    public Endpoint {
        params = List.copyOf(params);
        for (Param p : params) {
            if (p.in() == Param.In.PATH && !path.contains("{" + p.name() + "}")) {
                throw new IllegalArgumentException(path + " has no place for path parameter " + p.name());
            }
        }
    }

    /** An endpoint returning a list, which takes {@code limit} and {@code offset} besides its own parameters. */
    public static Endpoint list(String path, String tag, String summary, List<Param> params, Handler handler) {
        List<Param> all = new ArrayList<>(params);
        all.addAll(Param.paging());
        return new Endpoint(path, tag, summary, all, handler);
    }

    public boolean takes(String name, Param.In in) {
        return params.stream().anyMatch(p -> p.name().equals(name) && p.in() == in);
    }
}
