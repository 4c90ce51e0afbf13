package com.gmpgate.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A constant-rate, open-loop load: request i is due at start + i / rate whether or not earlier ones have been
 * answered (as wrk2 does, unlike a closed loop, which slows down with the server and hides its queueing). A
 * request's latency runs from when it was <em>due</em>, so time spent waiting for a free connection counts
 * (no coordinated omission). A bounded pool of keep-alive connections sends them; a request still unsent after
 * the backlog bound is dropped and counted, rather than letting memory grow without end.
 */
final class OpenLoop {

    /** What one run measured. Latencies in microseconds. */
    record Result(String label, double targetRate, double achievedRate, long sent, long ok, long errors,
                  long dropped, Map<String, Long> errorsByKind, long p50Us, long p90Us, long p99Us, long maxUs,
                  long apiRssStartKb, long apiRssMaxKb, long apiRssEndKb, int apiThreadsMax, long enginesRssMaxKb) {
    }

    private record Task(long dueNanos, RawHttp.Request request) {
    }

    private static final Task STOP = new Task(0, null);

    private final InetSocketAddress server;
    private final int connections;
    private final boolean spreadAddresses;
    private final ProcessWatch watch;
    private final PrintStream out;
    private final Duration interval;

    OpenLoop(InetSocketAddress server, int connections, boolean spreadAddresses, ProcessWatch watch, PrintStream out,
             Duration interval) {
        this.server = server;
        this.connections = connections;
        this.spreadAddresses = spreadAddresses;
        this.watch = watch;
        this.out = out;
        this.interval = interval;
    }

    Result run(String label, double rate, Duration duration, Supplier<RawHttp.Request> next, IntPredicate ok)
            throws InterruptedException {
        int backlog = (int) Math.max(100, rate * 2); // two seconds' worth waiting for a connection
        BlockingQueue<Task> queue = new ArrayBlockingQueue<>(backlog + connections);
        Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(2), 3);
        Histogram total = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        LongAdder okCount = new LongAdder();
        LongAdder errorCount = new LongAdder();
        Map<String, LongAdder> errorsByKind = new ConcurrentHashMap<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            InetAddress from = spreadAddresses ? loopback(i) : null;
            Thread worker = new Thread(() -> {
                try (RawHttp http = new RawHttp(server, from)) {
                    for (Task task = take(queue); task != STOP; task = take(queue)) {
                        String kind = null;
                        try {
                            RawHttp.Response response = http.send(task.request());
                            if (!ok.test(response.status())) {
                                kind = task.request().method() + " " + pathOf(task.request()) + " "
                                        + response.status();
                            }
                        } catch (IOException | RuntimeException e) {
                            kind = task.request().method() + " " + pathOf(task.request()) + " "
                                    + e.getClass().getSimpleName();
                            http.close();
                        }
                        long micros = Math.max(0, (System.nanoTime() - task.dueNanos()) / 1000);
                        recorder.recordValue(Math.min(micros, TimeUnit.MINUTES.toMicros(2)));
                        if (kind == null) {
                            okCount.increment();
                        } else {
                            errorCount.increment();
                            errorsByKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
                        }
                    }
                }
            }, "load-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }

        ProcessWatch.Reading first = watch.read();
        long rssMax = first.rssKb();
        long enginesMax = first.childrenRssKb();
        int threadsMax = first.threads();
        long dropped = 0;
        long sent = 0;
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime() + 1_000_000;
        long end = start + duration.toNanos();
        long nextReport = start + interval.toNanos();
        long reportFrom = start;
        long reportSent = 0;
        for (long i = 0; ; i++) {
            long due = start + i * periodNanos;
            if (due >= end) {
                break;
            }
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(Math.min(wait, 50_000_000));
            }
            if (queue.size() >= backlog || !queue.offer(new Task(due, next.get()))) {
                dropped++;
            } else {
                sent++;
            }
            if (System.nanoTime() >= nextReport) {
                Histogram h = recorder.getIntervalHistogram();
                total.add(h);
                ProcessWatch.Reading r = watch.read();
                rssMax = Math.max(rssMax, r.rssKb());
                enginesMax = Math.max(enginesMax, r.childrenRssKb());
                threadsMax = Math.max(threadsMax, r.threads());
                double seconds = (System.nanoTime() - reportFrom) / 1e9;
                out.printf(Locale.ROOT, "  %s t=%ds sent/s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d "
                                + "dropped=%d api_rss_mb=%d api_threads=%d engines_rss_mb=%d%n", label,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), (sent - reportSent) / seconds,
                        ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()),
                        errorCount.sum(), dropped, r.rssKb() / 1024, r.threads(), r.childrenRssKb() / 1024);
                reportFrom = System.nanoTime();
                reportSent = sent;
                nextReport += interval.toNanos();
            }
        }
        double achieved = sent / ((System.nanoTime() - start) / 1e9);
        for (int i = 0; i < connections; i++) {
            queue.put(STOP);
        }
        for (Thread worker : workers) {
            worker.join(60_000);
        }
        total.add(recorder.getIntervalHistogram());
        ProcessWatch.Reading last = watch.read();
        rssMax = Math.max(rssMax, last.rssKb());
        enginesMax = Math.max(enginesMax, last.childrenRssKb());
        threadsMax = Math.max(threadsMax, last.threads());
        Map<String, Long> kinds = new TreeMap<>();
        errorsByKind.forEach((k, v) -> kinds.put(k, v.sum()));
        return new Result(label, rate, achieved, sent, okCount.sum(), errorCount.sum(), dropped, kinds,
                total.getValueAtPercentile(50), total.getValueAtPercentile(90), total.getValueAtPercentile(99),
                total.getMaxValue(), first.rssKb(), rssMax, last.rssKb(), threadsMax, enginesMax);
    }

    static double ms(long micros) {
        return micros / 1000.0;
    }

    private static String pathOf(RawHttp.Request request) {
        int query = request.path().indexOf('?');
        return query < 0 ? request.path() : request.path().substring(0, query);
    }

    private static Task take(BlockingQueue<Task> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return STOP;
        }
    }

    /**
     * 127.0.0.10 … 127.0.0.249: Linux answers the whole 127/8 on lo, so each connection can be a client address of
     * its own, as a plant's phones and gate tablets are (the login throttle counts per address).
     */
    private static InetAddress loopback(int i) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (10 + i % 240)});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
