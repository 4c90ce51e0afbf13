package com.gmpgate.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository (template.yaml, docs/, events/) from a module's test run. */
public final class RepoFiles {

    private static final Path ROOT = findRoot();

    private RepoFiles() {
    }

    public static Path root() {
        return ROOT;
    }

    public static Path resolve(String relative) {
        return ROOT.resolve(relative);
    }

    /** Surefire runs in the module directory; walk up to the directory that holds template.yaml. */
    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("template.yaml"))
                    && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no template.yaml above " + dir);
    }
}
