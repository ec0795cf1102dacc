package io.stockobserver.console.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifest check: the server's hash recipe, and what makes a manifest unusable. */
class BackupManifestTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private final Map<String, byte[]> files = TestPackages.fiveFiles(DAY, 1);

    @Test
    void shouldAcceptAManifestHashedTheWayTheServerHashesIt() throws ManifestRejectedException {
        ObjectNode m = FakeBackupServer.manifest(DAY, files); // doubles and non-ASCII text in its gaps

        BackupManifest manifest = BackupManifest.verify(FakeBackupServer.bytes(m), DAY);

        assertThat(manifest.sha256()).isEqualTo(m.get("manifest_sha256").asText());
        assertThat(manifest.files()).extracting(ManifestFile::path).containsExactlyElementsOf(files.keySet());
        assertThat(manifest.files().get(0).size())
                .isEqualTo(files.values().iterator().next().length);
        assertThat(manifest.totalBytes()).isEqualTo(TestPackages.total(files));
        assertThat(manifest.gapCount()).isEqualTo(1);
        assertThat(manifest.anomalous()).isTrue();
    }

    @Test
    void shouldAcceptTheSameManifestPrettyPrinted() throws Exception {
        ObjectNode m = FakeBackupServer.manifest(DAY, files);
        byte[] pretty = new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(m);

        assertThat(BackupManifest.verify(pretty, DAY).sha256())
                .isEqualTo(m.get("manifest_sha256").asText());
    }

    @Test
    void shouldRefuseAManifestWithAnyFieldChangedAfterHashing() {
        ObjectNode m = FakeBackupServer.manifest(DAY, files);
        ((ObjectNode) m.get("files").get(2)).put("size", 1);

        assertThatThrownBy(() -> BackupManifest.verify(FakeBackupServer.bytes(m), DAY))
                .isInstanceOf(ManifestRejectedException.class)
                .hasMessageContaining("does not match the manifest's content");
    }

    @Test
    void shouldRefuseAManifestWithItsFieldsReordered() {
        ObjectNode m = FakeBackupServer.manifest(DAY, files);
        ObjectNode reordered = m.objectNode();
        reordered.set("day", m.get("day"));
        m.fields().forEachRemaining(e -> reordered.set(e.getKey(), e.getValue()));

        assertThatThrownBy(() -> BackupManifest.verify(FakeBackupServer.bytes(reordered), DAY))
                .isInstanceOf(ManifestRejectedException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void shouldRefuseAManifestOfAnotherDay() {
        byte[] other = FakeBackupServer.bytes(FakeBackupServer.manifest(DAY.minusDays(1), files));

        assertThatThrownBy(() -> BackupManifest.verify(other, DAY))
                .isInstanceOf(ManifestRejectedException.class)
                .hasMessageContaining("20261119");
    }

    @Test
    void shouldRefuseAFileCountThatDoesNotMatchTheList() {
        ObjectNode m = FakeBackupServer.manifest(DAY, files);
        m.put("file_count", 4);
        m.put("manifest_sha256", FakeBackupServer.hash(m));

        assertThatThrownBy(() -> BackupManifest.verify(FakeBackupServer.bytes(m), DAY))
                .isInstanceOf(ManifestRejectedException.class)
                .hasMessageContaining("file_count");
    }

    @Test
    void shouldRefuseDuplicateKeysAndNonJson() {
        String duplicated = "{\"day\":\"20261120\",\"day\":\"20261121\",\"manifest_sha256\":\"x\"}";

        assertThatThrownBy(() -> BackupManifest.verify(duplicated.getBytes(StandardCharsets.UTF_8), DAY))
                .isInstanceOf(ManifestRejectedException.class)
                .hasMessageContaining("Duplicate field");
        assertThatThrownBy(() -> BackupManifest.verify("<html>".getBytes(StandardCharsets.UTF_8), DAY))
                .isInstanceOf(ManifestRejectedException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void shouldRefuseAMalformedFileEntry() {
        ObjectNode m = FakeBackupServer.manifest(DAY, files);
        ((ObjectNode) m.get("files").get(0)).put("sha256", "ABC");
        m.put("manifest_sha256", FakeBackupServer.hash(m));

        assertThatThrownBy(() -> BackupManifest.verify(FakeBackupServer.bytes(m), DAY))
                .isInstanceOf(ManifestRejectedException.class)
                .hasMessageContaining("no valid sha256");
    }
}
