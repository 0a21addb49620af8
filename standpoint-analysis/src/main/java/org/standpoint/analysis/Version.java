package org.standpoint.analysis;

/** The version reported by {@code --version} and written into every stored record's provenance. */
public final class Version {
    public static final String TEXT = "standpoint 0.1.0";

    private Version() {
    }
}
