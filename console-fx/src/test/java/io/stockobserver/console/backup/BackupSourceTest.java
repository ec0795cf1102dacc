package io.stockobserver.console.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a backup source accepts, and that it keeps its secret. */
class BackupSourceTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final URI BASE = URI.create("https://observer.example:9443");

    @ParameterizedTest
    @ValueSource(strings = {"seoul-1", "tokyo_2", "srv.a", "A9"})
    void shouldAcceptFolderSafeServerNames(String name) {
        assertThat(new BackupSource(name, BASE, HTTP, "Basic eA==").server()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "", "a/b", "a\\b", "c:", "a b", "서울", "pull-state.json"})
    void shouldRefuseServerNamesThatAreNotAPlainFolder(String name) {
        assertThatThrownBy(() -> new BackupSource(name, BASE, HTTP, "Basic eA=="))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepTheAuthorizationOutOfToString() {
        String authorization = BackupSource.basic("pc", "s3cret");
        BackupSource source = new BackupSource("seoul-1", BASE, HTTP, authorization);

        assertThat(authorization).isEqualTo("Basic cGM6czNjcmV0");
        assertThat(source.toString())
                .isEqualTo("BackupSource[server=seoul-1, baseUri=https://observer.example:9443/]")
                .doesNotContain("cGM6czNjcmV0");
    }

    @Test
    void shouldRefuseCredentialsInTheUriAndOtherSchemes() {
        assertThatThrownBy(() -> new BackupSource("a", URI.create("https://pc:pw@host/"), HTTP, "Basic eA=="))
                .hasMessageContaining("must not carry credentials");
        assertThatThrownBy(() -> new BackupSource("a", URI.create("ftp://host/"), HTTP, "Basic eA=="))
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> new BackupSource("a", BASE, HTTP, "Basic x\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldEndTheBaseUriWithASlashSoTheApiResolvesBelowIt() {
        BackupSource source = new BackupSource("a", URI.create("https://host/observer"), HTTP, "Basic eA==");

        assertThat(source.baseUri().resolve("api/backups")).isEqualTo(URI.create("https://host/observer/api/backups"));
    }

    @Test
    void shouldEncodeEachPathSegmentForTheRequest() {
        assertThat(BackupApi.encodePath("scalp/kis/a b/ü.jsonl")).isEqualTo("scalp/kis/a%20b/%C3%BC.jsonl");
    }
}
