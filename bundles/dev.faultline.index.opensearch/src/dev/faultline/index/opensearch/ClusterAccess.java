package dev.faultline.index.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where an OpenSearch cluster is and how to log in to it. The URL may be recorded in an
 * investigation; the credentials and the TLS trust never are: they come from the environment
 * ({@value #USER}, {@value #PASSWORD}) or a file named by {@value #CREDENTIALS} (lines
 * {@code user=...} and {@code password=...}), and {@value #CA} names a PEM file of the certificate
 * authority to trust for an {@code https} URL (else the JVM's default trust store is used).
 *
 * @param url the cluster's base URL, {@code http(s)://host:port}, without user information
 * @param user basic-authentication user, or {@code null}
 * @param password its password, or {@code null}
 * @param caFile PEM certificate(s) to trust, or {@code null}
 */
public record ClusterAccess(URI url, String user, String password, Path caFile) {

    public static final String USER = "FAULTLINE_OPENSEARCH_USER";
    public static final String PASSWORD = "FAULTLINE_OPENSEARCH_PASSWORD";
    public static final String CREDENTIALS = "FAULTLINE_OPENSEARCH_CREDENTIALS";
    public static final String CA = "FAULTLINE_OPENSEARCH_CA";

    public ClusterAccess {
        if (url == null) {
            throw new IllegalArgumentException("url is required");
        }
    }

    /** Where the URL should be shown: without path, query or credentials. */
    @Override
    public String toString() {
        return url.toString();
    }

    /**
     * Reads the URL as given and the credentials and trust settings from {@code environment}.
     *
     * @throws IllegalArgumentException naming what is wrong (a URL that is not http(s), credentials in the URL, an unreadable file)
     */
    public static ClusterAccess of(String url, Map<String, String> environment) {
        URI uri = parseUrl(url);
        String user = blankToNull(environment.get(USER));
        String password = blankToNull(environment.get(PASSWORD));
        String file = blankToNull(environment.get(CREDENTIALS));
        if (file != null) {
            Properties properties = new Properties();
            try {
                properties.load(new java.io.StringReader(Files.readString(Path.of(file), StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read the credentials file " + file + " (" + CREDENTIALS + "): " + e.getMessage());
            }
            user = user != null ? user : blankToNull(properties.getProperty("user"));
            password = password != null ? password : blankToNull(properties.getProperty("password"));
            if (user == null || password == null) {
                throw new IllegalArgumentException("the credentials file " + file + " (" + CREDENTIALS + ") needs lines user=... and password=...");
            }
        }
        if (user != null && password == null) {
            throw new IllegalArgumentException(USER + " is set but " + PASSWORD + " is not");
        }
        String ca = blankToNull(environment.get(CA));
        Path caFile = ca == null ? null : Path.of(ca);
        if (caFile != null && !Files.isReadable(caFile)) {
            throw new IllegalArgumentException("cannot read the CA certificate file " + ca + " (" + CA + ")");
        }
        return new ClusterAccess(uri, user, password, caFile);
    }

    private static URI parseUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' is not an OpenSearch URL: expected http://HOST:PORT or https://HOST:PORT");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("the URL '" + uri.getHost() + "' carries credentials; give them in " + USER + " and "
                    + PASSWORD + " (or a file named by " + CREDENTIALS + "): the URL is recorded in the investigation, credentials never are");
        }
        String path = uri.getPath() == null || uri.getPath().equals("/") ? "" : uri.getPath().replaceAll("/+$", "");
        try {
            return new URI(scheme, null, uri.getHost(), uri.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
