package com.gmpgate.localaws;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.slf4j.LoggerFactory;

/**
 * S3Proxy in this JVM on a free loopback port, checking AWS v4 signatures against
 * {@link LocalCredentials}: a tampered presigned URL, or a PUT whose signed headers do not match, is
 * refused as S3 would. Objects live in memory, or in a directory when one is given.
 */
public final class S3ProxyServer implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final URI endpoint;

    private S3ProxyServer(S3Proxy proxy, BlobStoreContext context, URI endpoint) {
        this.proxy = proxy;
        this.context = context;
        this.endpoint = endpoint;
    }

    public static S3ProxyServer start(Optional<Path> baseDirectory) {
        return start(baseDirectory, Optional.empty(), 0);
    }

    /**
     * @param cors answers browsers' preflights and CORS headers as the buckets' CORS rules would (S3Proxy has one
     *        set for all buckets); a browser PUTs wound photos straight to a presigned URL from another origin
     * @param port 0 for a free port
     */
    public static S3ProxyServer start(Optional<Path> baseDirectory, Optional<CrossOriginResourceSharing> cors,
            int port) {
        quietenLoggers();
        Properties overrides = new Properties();
        baseDirectory.ifPresent(dir -> overrides.setProperty("jclouds.filesystem.basedir", dir.toAbsolutePath().toString()));
        BlobStoreContext context = ContextBuilder.newBuilder(baseDirectory.isPresent() ? "filesystem" : "transient")
                .credentials("identity", "credential")
                .overrides(overrides)
                .build(BlobStoreContext.class);
        URI endpoint = URI.create("http://127.0.0.1:" + (port == 0 ? FreePorts.pick() : port));
        S3Proxy.Builder builder = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, LocalCredentials.ACCESS_KEY_ID,
                        LocalCredentials.SECRET_ACCESS_KEY);
        cors.ifPresent(builder::corsRules);
        S3Proxy proxy = builder.build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            context.close();
            throw new LocalAwsException("S3Proxy did not start on " + endpoint, e);
        }
        return new S3ProxyServer(proxy, context, endpoint);
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Creates the buckets that do not exist yet, straight on the blob store: no S3 client to build, which is most
     * of a restart's cost when the buckets are there already.
     */
    public void ensureBuckets(Collection<String> names) {
        for (String name : names) {
            if (!context.getBlobStore().containerExists(name)) {
                context.getBlobStore().createContainerInLocation(null, name);
            }
        }
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // shutting down: nothing left to do with it
        } finally {
            context.close();
        }
    }

    /** S3Proxy brings logback; left at its default it prints every Jetty and jclouds DEBUG line. */
    private static void quietenLoggers() {
        for (String name : new String[] {"org.eclipse.jetty", "org.gaul", "org.jclouds", "jclouds", "com.google"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }
}
