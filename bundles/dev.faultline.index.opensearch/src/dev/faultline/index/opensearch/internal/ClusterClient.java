package dev.faultline.index.opensearch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.index.opensearch.ClusterAccess;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.index.opensearch.OpenSearchException.Problem;

/**
 * JSON over HTTP to one OpenSearch cluster (the REST API; no client library): basic
 * authentication and TLS trust from {@link ClusterAccess}, every failure an
 * {@link OpenSearchException} that names the cluster and what failed.
 */
public final class ClusterClient {

    /** A response: HTTP status and the parsed body ({@code null} when empty). */
    public record Response(int status, JsonNode body) {
        public boolean ok() {
            return status / 100 == 2;
        }

        /** OpenSearch's error type ({@code index_not_found_exception}, ...) or "". */
        public String errorType() {
            return body == null ? "" : body.path("error").path("type").asText("");
        }

        /** OpenSearch's error reason, or the status. */
        public String errorReason() {
            if (body != null && body.path("error").isTextual()) {
                return body.path("error").asText();
            }
            String reason = body == null ? "" : body.path("error").path("reason").asText("");
            return reason.isEmpty() ? "HTTP " + status : reason;
        }
    }

    /** The one JSON mapper of the bundle. */
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final ClusterAccess access;
    private final HttpClient http;
    private final String authorization;

    public ClusterClient(ClusterAccess access) throws OpenSearchException {
        this.access = access;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1);
        if (access.caFile() != null) {
            builder.sslContext(trusting(access));
        }
        this.http = builder.build();
        this.authorization = access.user() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((access.user() + ":" + access.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static SSLContext trusting(ClusterAccess access) throws OpenSearchException {
        try (InputStream in = Files.newInputStream(access.caFile())) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new OpenSearchException(Problem.UNREACHABLE, "cannot use the CA certificate " + access.caFile() + ": " + e.getMessage(), e);
        }
    }

    /** The cluster, as named in messages. */
    public ClusterAccess access() {
        return access;
    }

    /** Sends a request and waits for its answer (any status). */
    public Response send(String method, String path, String body) throws OpenSearchException {
        return send(method, path, body, "application/json");
    }

    /** Sends a request with a body of the given content type and waits for its answer (any status). */
    public Response send(String method, String path, String body, String contentType) throws OpenSearchException {
        try {
            return sendAsync(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType).join();
        } catch (CompletionException e) {
            throw unwrap(e, method, path);
        }
    }

    /** Sends a request without waiting; failures surface through {@link #await}. */
    public CompletableFuture<Response> sendAsync(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(access.url() + path)).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
            try {
                byte[] bytes = r.body();
                JsonNode json = bytes == null || bytes.length == 0 ? null : JSON.readTree(bytes);
                return new Response(r.statusCode(), json);
            } catch (IOException e) {
                // not JSON (a proxy's page, say): keep the status
                return new Response(r.statusCode(), null);
            }
        });
    }

    /** Waits for an asynchronous request. */
    public Response await(CompletableFuture<Response> pending, String method, String path) throws OpenSearchException {
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw unwrap(e, method, path);
        }
    }

    private OpenSearchException unwrap(CompletionException e, String method, String path) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String what;
        if (cause instanceof HttpConnectTimeoutException) {
            what = "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
        } else if (cause instanceof HttpTimeoutException) {
            what = method + " " + path + " got no answer within " + REQUEST_TIMEOUT.toMinutes() + " min";
        } else if (cause instanceof ConnectException) {
            what = "connection refused";
        } else if (cause instanceof SSLException) {
            what = "TLS failed (" + cause.getMessage() + "); for a private certificate authority set " + ClusterAccess.CA;
        } else if (cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
            what = "unknown host";
        } else {
            what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return new OpenSearchException(Problem.UNREACHABLE, "cannot reach the OpenSearch cluster at " + access + ": " + what, cause);
    }

    /**
     * Turns a refusal into an exception naming what failed: wrong credentials, a missing permission, a
     * missing index, or the cluster's own reason.
     *
     * @param doing what was asked, e.g. "search index 'faultline'"
     */
    public OpenSearchException failure(Response response, String doing) {
        String at = " (OpenSearch cluster at " + access + ")";
        if (response.status() == 401) {
            return new OpenSearchException(Problem.CREDENTIALS, "the OpenSearch cluster at " + access + " refused the credentials (HTTP 401) to "
                    + doing + "; set " + ClusterAccess.USER + " and " + ClusterAccess.PASSWORD + ", or " + ClusterAccess.CREDENTIALS, null);
        }
        if (response.status() == 403) {
            return new OpenSearchException(Problem.FORBIDDEN, "the OpenSearch user " + (access.user() == null ? "(none)" : "'" + access.user() + "'")
                    + " may not " + doing + at + ": " + response.errorReason(), null);
        }
        if (response.errorType().equals("index_not_found_exception")) {
            return new OpenSearchException(Problem.MISSING_INDEX, "cannot " + doing + ": no such index" + at, null);
        }
        return new OpenSearchException(Problem.REQUEST_FAILED, "cannot " + doing + at + ": " + response.errorReason(), null);
    }

    /** Sends and requires a 2xx answer. */
    public JsonNode require(String method, String path, String body, String doing) throws OpenSearchException {
        Response response = send(method, path, body);
        if (!response.ok()) {
            throw failure(response, doing);
        }
        return response.body();
    }
}
