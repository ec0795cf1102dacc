package io.stockobserver.console.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Archive-like days of random content, and readers for what a pull leaves on disk. */
final class TestPackages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestPackages() {}

    /** Five files of 150–430 KB under nested archive paths of {@code day}, sorted by path. */
    static Map<String, byte[]> fiveFiles(LocalDate day, long seed) {
        String d = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        List<String> paths = List.of(
                "backup/" + d + "/snapshot/overflow/" + d + ".jsonl",
                "scalp/kis/kr_stocks/" + d + "/09_30_00.jsonl",
                "scalp/kis/kr_stocks/" + d + "/09_31_00.jsonl",
                "swing/kis/kr_stocks/" + d + "/10_00.jsonl",
                "system/events/" + d + ".jsonl");
        Random random = new Random(seed);
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < paths.size(); i++) {
            byte[] content = new byte[150_000 + i * 70_000 + random.nextInt(1000)];
            random.nextBytes(content);
            files.put(paths.get(i), content);
        }
        return files;
    }

    static List<String> paths(Map<String, byte[]> files) {
        return new ArrayList<>(files.keySet());
    }

    static long total(Map<String, byte[]> files) {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /** The pull log's lines, parsed. */
    static List<JsonNode> logLines(Path log) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    static List<String> events(Path log) throws IOException {
        return logLines(log).stream().map(n -> n.path("event").asText()).toList();
    }
}
