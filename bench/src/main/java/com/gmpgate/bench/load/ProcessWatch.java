package com.gmpgate.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resident memory and threads of a process and of its descendants (local-api and the dynalite it starts), read
 * from /proc. Linux only; elsewhere every figure is 0.
 */
final class ProcessWatch {

    /** One reading: the process itself, and its children summed. */
    record Reading(long rssKb, int threads, long childrenRssKb, int childrenThreads) {
        static final Reading NONE = new Reading(0, 0, 0, 0);
    }

    private final long pid;

    ProcessWatch(long pid) {
        this.pid = pid;
    }

    Reading read() {
        if (pid <= 0) {
            return Reading.NONE;
        }
        long[] self = status(pid);
        long childRss = 0;
        long childThreads = 0;
        for (long child : descendants(pid)) {
            long[] c = status(child);
            childRss += c[0];
            childThreads += c[1];
        }
        return new Reading(self[0], (int) self[1], childRss, (int) childThreads);
    }

    /** {VmRSS in kB, Threads}. */
    private static long[] status(long pid) {
        long rss = 0;
        long threads = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("Threads:")) {
                    threads = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between two readings
        }
        return new long[] {rss, threads};
    }

    private static List<Long> descendants(long pid) {
        List<Long> all = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> all.add(d.pid())));
        return all;
    }
}
