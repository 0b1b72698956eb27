package dev.faultline.intake;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who holds (or held) an investigation's writer lock: the program, its process id, host and user,
 * and since when. Written as one JSON object into the lock file.
 */
public record LockHolder(String program, long pid, String host, String user, Instant since) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THIS_HOST = findHostName();

    /** This process, as the holder of a lock taken now by {@code program}. */
    public static LockHolder ofThisProcess(String program) {
        return new LockHolder(program, ProcessHandle.current().pid(), THIS_HOST, System.getProperty("user.name", "unknown"),
                Instant.now());
    }

    /** Whether the holder runs on this machine (only then can it be told whether its process lives). */
    public boolean onThisHost() {
        return THIS_HOST.equals(host);
    }

    /** Whether the holder's process still runs: empty when it is on another host (cannot be known here). */
    public Optional<Boolean> processAlive() {
        return onThisHost() ? Optional.of(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) : Optional.empty();
    }

    /** "faultline import (pid 4711 on host ws-12, user ana, since 2026-12-01T21:50:03Z)". */
    public String describe() {
        return program + " (pid " + pid + " on host " + host + ", user " + user + ", since " + since + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    String toJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("program", program);
        fields.put("pid", pid);
        fields.put("host", host);
        fields.put("user", user);
        fields.put("since", since.toString());
        try {
            return JSON.writeValueAsString(fields) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and a number is always JSON", e);
        }
    }

    /** The holder written in a lock file's text; empty when the text is empty or not a holder record. */
    static Optional<LockHolder> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.hasNonNull("program") || !node.hasNonNull("pid")) {
                return Optional.empty();
            }
            return Optional.of(new LockHolder(node.path("program").asText(), node.path("pid").asLong(), node.path("host").asText("?"),
                    node.path("user").asText("?"), Instant.parse(node.path("since").asText())));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty(); // a record cut short when its writer was killed while writing it
        }
    }

    private static String findHostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel, StandardCharsets.UTF_8).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
