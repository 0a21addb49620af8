package org.standpoint.spark.input;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a record was read: the file's full path or URI and its position among that file's records. Sorting by
 * key gives the order in which {@code standpoint analyze} reads the same files (folders walked in name order,
 * records in file order), which decides which of two copies counts as the original.
 */
public record DocKey(String path, int ordinal) implements Comparable<DocKey>, Serializable {
    private static final Comparator<DocKey> ORDER = Comparator.comparing(DocKey::path).thenComparingInt(DocKey::ordinal);

    @Override
    public int compareTo(DocKey other) {
        return ORDER.compare(this, other);
    }
}
