package com.gmpgate.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout local-api runs from: the nearest directory above the working directory with template.yaml. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("no template.yaml in " + start.toAbsolutePath()
                + " or above it: run local-api from the repository (./run-local.sh does)");
    }
}
