package com.gmpgate.checklist.it;

import static com.gmpgate.checklist.ChecklistTestKit.healthy;
import static com.gmpgate.checklist.ChecklistTestKit.submitEvent;
import static com.gmpgate.checklist.ChecklistTestKit.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Env;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.checklist.api.ChecklistApiHandler;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "work that grows with data": how long one submission takes for a worker who already answered many times
 * that day, on dynalite through the real adapters. A measurement printed for the report, not a timing assertion
 * (figures on a shared two-core machine say little alone; compare them within one run). The earlier submissions
 * are ACTION_REQUIRED (jewelry on), which never lock out, so every measured one is a PASS with its pass.
 * {@code -Dgmp.bench.prior=10,100,190} sets the points; the default keeps {@code mvn verify} short.
 */
@LocalAwsTest
class SubmissionLatencyIT {

    static final int MEASURED = 15;

    @Test
    void submissionLatency_forAWorkerWithManyEarlierSubmissionsThatDay_isPrinted(LocalAwsResources aws)
            throws Exception {
        ChecklistApiHandler handler = new ChecklistApiHandler(Env.of(ChecklistOnDynalite.environment(aws)));

        List<Integer> points = new ArrayList<>();
        for (String p : System.getProperty("gmp.bench.prior", "0,60").split(",")) {
            points.add(Integer.parseInt(p.strip()));
        }
        for (int prior : points) {
            String worker = "w-bench-" + UUID.randomUUID();
            for (int i = 0; i < prior; i++) {
                ApiResponse r = ChecklistTestKit.call(handler, submitEvent(worker, with(healthy(), "jewelry_removed",
                        false)), new FakeLambdaContext());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
            call(handler, worker); // warm this worker's path once
            long[] millis = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                ApiResponse r = call(handler, worker);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
            java.util.Arrays.sort(millis);
            System.out.printf("submission-latency prior=%d p50_ms=%d p90_ms=%d max_ms=%d (n=%d)%n", prior,
                    millis[MEASURED / 2], millis[(int) (MEASURED * 0.9)], millis[MEASURED - 1], MEASURED);
        }
    }

    private static ApiResponse call(ChecklistApiHandler handler, String worker) {
        return ChecklistTestKit.call(handler, submitEvent(worker, healthy()), new FakeLambdaContext());
    }
}
