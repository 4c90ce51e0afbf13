package com.gmpgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * A function's shaded jar (its template CodeUri, read after {@code package}) against issue 15's budget: its size, one
 * HTTP client, and every class a library names in a text file (what the SDK or {@link java.util.ServiceLoader} loads
 * by name, which minimizeJar cannot see) inside the jar. Each function module's {@code ShadedJarIT} uses it:
 * <pre>{@code
 * ShadedJar.read(Path.of("target", "qr-service.jar")).assertWithin(ShadedJar.FUNCTION_BUDGET).assertComplete();
 * }</pre>
 */
public final class ShadedJar {

    /** Issue 15's target for a function jar: 12 MiB (the harness's jar_mb is MiB too). */
    public static final long FUNCTION_BUDGET = mib(12);
    /** Issue 15's target for the authorizers' jar. */
    public static final long AUTHORIZER_BUDGET = mib(6);

    /** The one HTTP client every function builds its SDK clients with. */
    static final String URL_CONNECTION_CLIENT =
            "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class";
    /** The clients the SDK's service modules bring along (Apache 4 and 5, Netty): none may come into a jar. */
    static final List<String> OTHER_HTTP_CLIENTS = List.of("org/apache/http/", "org/apache/hc/", "io/netty/",
            "software/amazon/awssdk/http/apache", "software/amazon/awssdk/http/nio/netty");

    private final Path path;
    private final long size;
    private final Set<String> entries;
    private final List<String> namedClasses;

    private ShadedJar(Path path, long size, Set<String> entries, List<String> namedClasses) {
        this.path = path;
        this.size = size;
        this.entries = entries;
        this.namedClasses = namedClasses;
    }

    public static long mib(double mebibytes) {
        return (long) (mebibytes * 1024 * 1024);
    }

    public static ShadedJar read(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: run `mvn package` (ShadedJarIT runs after it)");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Set<String> entries = new TreeSet<>();
            List<String> named = new ArrayList<>();
            for (ZipEntry entry : file.stream().toList()) {
                entries.add(entry.getName());
                if (namesClasses(entry)) {
                    String text = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    text.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                            .forEach(line -> named.add(entry.getName() + " names " + line));
                }
            }
            return new ShadedJar(jar, Files.size(jar), entries, named);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ServiceLoader's lists and the SDK's interceptor lists (loaded by name, class per line). */
    private static boolean namesClasses(ZipEntry entry) {
        String name = entry.getName();
        return !entry.isDirectory()
                && (name.startsWith("META-INF/services/") || name.endsWith("/execution.interceptors"));
    }

    public long size() {
        return size;
    }

    /** @throws AssertionError when the jar is larger than {@code budget} bytes */
    public ShadedJar assertWithin(long budget) {
        if (size > budget) {
            throw new AssertionError(String.format(Locale.ROOT, "%s is %.2f MiB, over its budget of %.2f MiB",
                    path, size / 1048576.0, budget / 1048576.0));
        }
        return this;
    }

    /**
     * One HTTP client (url-connection), and every class named by a services or execution.interceptors file inside:
     * a missing one fails only at run time, in AWS, when the SDK or ServiceLoader looks for it.
     */
    public ShadedJar assertComplete() {
        if (!entries.contains(URL_CONNECTION_CLIENT)) {
            throw new AssertionError(path + " has no url-connection-client");
        }
        List<String> others = entries.stream().filter(e -> OTHER_HTTP_CLIENTS.stream().anyMatch(e::startsWith))
                .limit(5).toList();
        if (!others.isEmpty()) {
            throw new AssertionError(path + " carries a second HTTP client: " + others);
        }
        List<String> missing = namedClasses.stream()
                .filter(line -> !entries.contains(classFile(line.substring(line.lastIndexOf(' ') + 1)))).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError(path + ": classes named by name but not inside: " + missing);
        }
        return this;
    }

    private static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }

    /** @throws AssertionError unless every entry is inside */
    public ShadedJar assertContains(String... required) {
        List<String> missing = List.of(required).stream().filter(e -> !entries.contains(e)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError(path + " lacks " + missing);
        }
        return this;
    }
}
