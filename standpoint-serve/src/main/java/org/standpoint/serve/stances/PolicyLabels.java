package org.standpoint.serve.stances;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What the web UI calls each policy ({@code leader_exit}: "leader's exit"), read once from
 * {@code policy-labels.tsv} beside this class; a policy it does not list is named with its underscores as
 * spaces.
 */
public final class PolicyLabels {
    private static final Map<String, String> LABELS = read();

    private PolicyLabels() {
    }

    public static String of(String policy) {
        return policy == null ? null : LABELS.getOrDefault(policy, policy.replace('_', ' '));
    }

    private static Map<String, String> read() {
        Map<String, String> labels = new HashMap<>();
        try (InputStream in = PolicyLabels.class.getResourceAsStream("policy-labels.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length == 2) {
                    labels.put(cells[0].strip(), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy-labels.tsv", e);
        }
        return Map.copyOf(labels);
    }
}
