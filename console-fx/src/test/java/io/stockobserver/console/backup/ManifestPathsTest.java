package io.stockobserver.console.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Screening of the paths a manifest lists. */
class ManifestPathsTest {
    @TempDir
    Path dayDir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "../etc/passwd | dot_segment",
                "swing/../../x | dot_segment",
                "swing/./x | dot_segment",
                "/etc/passwd | absolute_path",
                "C:/Windows/x | colon",
                "..\\..\\x | backslash",
                "%2e%2e/x | percent_sign",
                "a//b | empty_segment",
                "a/ | empty_segment",
                "scalp/x.jsonl.part | part_suffix",
                "manifest.json | reserved_name",
                "manifest.json.tmp | reserved_name"
            })
    void shouldNameWhyAPathIsUnsafe(String path, String reason) {
        assertThat(ManifestPaths.unsafeReason(path)).isEqualTo(reason);
        assertThatThrownBy(() -> ManifestPaths.resolve(dayDir, path))
                .isInstanceOf(ManifestRejectedException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void shouldRefuseControlCharactersAndEmptyPaths() {
        assertThat(ManifestPaths.unsafeReason("a\u0000b")).isEqualTo("control_character");
        assertThat(ManifestPaths.unsafeReason("")).isEqualTo("empty_path");
        assertThat(ManifestPaths.unsafeReason(null)).isEqualTo("empty_path");
        assertThat(ManifestPaths.printable("a\nb")).isEqualTo("a\\u000ab");
    }

    @Test
    void shouldResolveAnArchivePathInsideTheDayFolder() throws ManifestRejectedException {
        Path resolved = ManifestPaths.resolve(dayDir, "scalp/kis/kr_stocks/20261120/09_30_00.jsonl");

        assertThat(resolved).startsWithRaw(dayDir.toAbsolutePath());
        assertThat(dayDir.relativize(resolved).toString().replace('\\', '/'))
                .isEqualTo("scalp/kis/kr_stocks/20261120/09_30_00.jsonl");
        assertThat(ManifestPaths.resolve(dayDir, "backup/20261120/manifest.json"))
                .isNotNull(); // nested: not ours
    }
}
