package io.stockobserver.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Range parsing and path screening of the backup download. */
class BackupHttpTest {
    @Test
    void shouldParseOneByteRangeAsRfc9110Says() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).isEqualTo(new ByteRange(0, 100));
        assertThat(ByteRange.parse("bytes=500-", 1000)).isEqualTo(new ByteRange(500, 500));
        assertThat(ByteRange.parse("bytes=-100", 1000)).isEqualTo(new ByteRange(900, 100));
        assertThat(ByteRange.parse("bytes=900-5000", 1000)).isEqualTo(new ByteRange(900, 100));
        assertThat(ByteRange.parse("bytes=1000-", 1000)).isSameAs(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=-0", 1000)).isSameAs(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.parse(null, 1000)).isNull();
        assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isNull(); // several ranges: the whole file
        assertThat(ByteRange.parse("items=0-1", 1000)).isNull();
        assertThat(ByteRange.parse("bytes=x-1", 1000)).isNull();
        assertThat(ByteRange.parse("bytes=9-3", 1000)).isNull();
    }

    @Test
    void shouldRefuseEveryPathThatCouldLeaveTheArchive() {
        assertThat(PackagePaths.unsafeReason("swing/kis/kr_stocks/20260724/10_00.jsonl"))
                .isNull();
        assertThat(PackagePaths.unsafeReason("../etc/passwd")).isEqualTo("dot_segment");
        assertThat(PackagePaths.unsafeReason("swing/../../x")).isEqualTo("dot_segment");
        assertThat(PackagePaths.unsafeReason("swing/./x")).isEqualTo("dot_segment");
        assertThat(PackagePaths.unsafeReason("/etc/passwd")).isEqualTo("absolute_path");
        assertThat(PackagePaths.unsafeReason("C:/Windows")).isEqualTo("absolute_path");
        assertThat(PackagePaths.unsafeReason("..\\..\\x")).isEqualTo("backslash");
        assertThat(PackagePaths.unsafeReason("%2e%2e/x")).isEqualTo("encoded_characters");
        assertThat(PackagePaths.unsafeReason("a\u0000b")).isEqualTo("control_character");
        assertThat(PackagePaths.unsafeReason("a//b")).isEqualTo("empty_segment");
        assertThat(PackagePaths.unsafeReason("")).isEqualTo("empty_path");
        assertThat(PackagePaths.printable("a\nb")).isEqualTo("a\\u000ab");
    }
}
