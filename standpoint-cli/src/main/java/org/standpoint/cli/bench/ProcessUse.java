package org.standpoint.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the process has used: its peak resident memory, as Linux reports it (VmHWM in /proc/self/status): what the machine had
 * to give, heap and models and native memory together, not only the Java heap.
 */
final class ProcessUse {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessUse() {
    }

    /** Peak resident set in MB, or empty where /proc is not there (then the heap's peak stands in). */
    static Optional<Long> residentMb() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** CPU time the whole process has used so far, over all threads. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static long heapUsedMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
    }
}
