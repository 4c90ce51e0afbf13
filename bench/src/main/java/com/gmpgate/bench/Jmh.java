package com.gmpgate.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the given command line (as {@code org.openjdk.jmh.Main} would), then prints every result as a
 * multiple of the bare Bouncy Castle ES256 verify measured in the same run: on a shared machine the absolute times
 * move with the neighbours' load, the ratios much less. The floor is always included.
 */
public final class Jmh {

    private Jmh() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList() || options.shouldListProfilers()
                || options.shouldListResultFormats() || options.shouldListWithParams()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        List<String> withFloor = new ArrayList<>(List.of(args));
        if (!options.getIncludes().isEmpty()) {
            withFloor.add(CryptoFloorBench.FLOOR.replace(".", "\\.") + "$");
        }
        Collection<RunResult> results = new Runner(new CommandLineOptions(withFloor.toArray(String[]::new))).run();
        Optional<RunResult> floor = results.stream()
                .filter(r -> r.getParams().getBenchmark().equals(CryptoFloorBench.FLOOR)).findFirst();
        if (floor.isEmpty()) {
            return;
        }
        double floorScore = floor.get().getPrimaryResult().getScore();
        String unit = floor.get().getPrimaryResult().getScoreUnit();
        System.out.printf(Locale.ROOT, "%nfloor: bare BC ES256 verify = %.1f %s (this run)%n", floorScore, unit);
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceFirst("^.*\\.(\\w+\\.\\w+)$", "$1");
            StringBuilder params = new StringBuilder();
            for (String key : r.getParams().getParamsKeys()) {
                params.append(' ').append(key).append('=').append(r.getParams().getParam(key));
            }
            double score = r.getPrimaryResult().getScore();
            String ratio = r.getPrimaryResult().getScoreUnit().equals(unit)
                    ? String.format(Locale.ROOT, "%.2f", score / floorScore) : "n/a";
            System.out.printf(Locale.ROOT, "jmh %s%s score=%.2f %s x_floor=%s%n", name, params, score,
                    r.getPrimaryResult().getScoreUnit(), ratio);
        }
    }
}
