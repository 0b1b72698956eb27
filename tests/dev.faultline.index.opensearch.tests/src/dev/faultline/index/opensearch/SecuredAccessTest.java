package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.opensearch.OpenSearchException.Problem;

/**
 * TLS with a private certificate authority ({@value ClusterAccess#CA}) and basic authentication
 * ({@value ClusterAccess#USER} / {@value ClusterAccess#PASSWORD}) against the real test cluster behind
 * a TLS-terminating front that demands the credentials: the JDK's HTTPS server with a certificate made
 * by {@code openssl} for a test CA, passing each request on to node 1. (The cluster's own security
 * plugin is not run here; see the README.) Skipped, saying why, without {@code openssl}.
 */
class SecuredAccessTest {

    @TempDir
    Path tmp;
    private final java.util.concurrent.ExecutorService passing = Executors.newFixedThreadPool(4);

    @Test
    void tlsWithAPrivateCaAndBasicAuthenticationWorkAndFailClearly() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl absent: no test certificate authority");
        LocalCluster cluster = LocalCluster.shared();
        certificates();
        HttpsServer front = front(cluster.url(), "analyst", "s3cret");
        try {
            String url = "https://127.0.0.1:" + front.getAddress().getPort();
            Map<String, String> good = Map.of(ClusterAccess.USER, "analyst", ClusterAccess.PASSWORD, "s3cret", ClusterAccess.CA,
                    tmp.resolve("ca.pem").toString());
            List<EvidenceRecord> records = ConformanceEvidence.all(ConformanceEvidence.dataDir());
            ClusterAccess access = ClusterAccess.of(url, good);
            OpenSearchIndex.build(access, "secured", null, records::stream, IndexProgress.NONE);
            try (OpenSearchIndex index = OpenSearchIndex.open(access, "secured")) {
                assertEquals(records.size(), index.documentCount());
                assertTrue(index.search("csagent", SearchOptions.defaults()).totalHits() > 0);
            }

            Map<String, String> wrongPassword = Map.of(ClusterAccess.USER, "analyst", ClusterAccess.PASSWORD, "guess", ClusterAccess.CA,
                    tmp.resolve("ca.pem").toString());
            OpenSearchException refused = assertThrows(OpenSearchException.class,
                    () -> OpenSearchIndex.open(ClusterAccess.of(url, wrongPassword), "secured"));
            assertEquals(Problem.CREDENTIALS, refused.problem(), refused.getMessage());
            assertTrue(refused.getMessage().contains(ClusterAccess.USER), refused.getMessage());

            OpenSearchException untrusted = assertThrows(OpenSearchException.class,
                    () -> OpenSearchIndex.open(ClusterAccess.of(url, Map.of(ClusterAccess.USER, "analyst", ClusterAccess.PASSWORD, "s3cret")),
                            "secured"));
            assertEquals(Problem.UNREACHABLE, untrusted.problem(), untrusted.getMessage());
            assertTrue(untrusted.getMessage().contains(url), untrusted.getMessage());
        } finally {
            front.stop(0);
            passing.shutdownNow();
        }
    }

    /** A test CA and a certificate for 127.0.0.1 signed by it (PKCS#12 for the front). */
    private void certificates() throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj",
                "/CN=Faultline test CA");
        Files.writeString(tmp.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "node.key", "-out", "node.csr", "-subj", "/CN=127.0.0.1");
        openssl("x509", "-req", "-in", "node.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "node.pem", "-days", "2",
                "-extfile", "san.ext");
        openssl("pkcs12", "-export", "-in", "node.pem", "-inkey", "node.key", "-out", "node.p12", "-passout", "pass:changeit");
    }

    private void openssl(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/openssl");
        builder.command().addAll(List.of(args));
        Process process = builder.directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("openssl.log").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), () -> "openssl " + String.join(" ", args) + ": " + read(tmp.resolve("openssl.log")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** HTTPS on a free loopback port, 401 without the credentials, else the request passed on to {@code node}. */
    private HttpsServer front(URI node, String user, String password) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tmp.resolve("node.p12"))) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        server.createContext("/", exchange -> {
            try (exchange) {
                if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    byte[] body = "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing or wrong credentials\"},\"status\":401}"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(401, body.length);
                    exchange.getResponseBody().write(body);
                    return;
                }
                byte[] request = exchange.getRequestBody().readAllBytes();
                HttpRequest.Builder forward = HttpRequest.newBuilder(node.resolve(exchange.getRequestURI().toString()))
                        .method(exchange.getRequestMethod(), request.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request));
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                if (type != null) {
                    forward.header("Content-Type", type);
                }
                HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().add("Content-Type", t));
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(passing);
        server.start();
        return server;
    }
}
