package io.stockobserver.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.console.connect.ServerProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleSettingsTest {
    @TempDir
    Path home;

    @Test
    void shouldKeepServersFolderTimeAndThemeAcrossRestartsButNoPassword() throws Exception {
        ConsoleSettings s = ConsoleSettings.load(home, home.resolve("backups"));
        assertThat(s.servers()).isEmpty();
        assertThat(s.pullAt()).isEqualTo(LocalTime.of(21, 0));
        s.put(new ServerProfile(
                "east", ServerProfile.url("https://east:9443/"), "operator", Optional.of(home.resolve("east.pem"))));
        s.put(new ServerProfile("west", ServerProfile.url("https://west:9443"), "backup", Optional.empty()));
        s.put(new ServerProfile("east", ServerProfile.url("https://east-2:9443"), "operator", Optional.empty()));
        s.pullAt(LocalTime.of(21, 15));
        s.backupRoot(home.resolve("pulled"));
        s.dark(true);
        s.save();

        ConsoleSettings again = ConsoleSettings.load(home, home.resolve("other"));
        assertThat(again.servers()).extracting(ServerProfile::name).containsExactly("west", "east");
        assertThat(again.servers().get(1).baseUri().toString()).isEqualTo("https://east-2:9443");
        assertThat(again.pullAt()).isEqualTo(LocalTime.of(21, 15));
        assertThat(again.backupRoot()).isEqualTo(home.resolve("pulled"));
        assertThat(again.dark()).isTrue();
        assertThat(Files.readString(home.resolve("settings.json"))).doesNotContainIgnoringCase("password");
    }

    @Test
    void shouldRefuseABrokenSettingsFileInsteadOfStartingEmpty() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\"servers\": [");
        assertThatThrownBy(() -> ConsoleSettings.load(home, home))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("settings.json is not readable JSON");
    }
}
