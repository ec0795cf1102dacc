package io.stockobserver.console.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.stockobserver.console.backup.BackupFolders;
import io.stockobserver.console.backup.BackupPuller;
import io.stockobserver.console.backup.BackupSource;
import io.stockobserver.console.backup.PullSettings;
import io.stockobserver.console.backup.PullStateStore;
import io.stockobserver.console.backup.view.BackupView;
import io.stockobserver.console.connect.LinkState;
import io.stockobserver.console.connect.SecretStore;
import io.stockobserver.console.connect.ServerProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The operator console: one tab per server with its live dashboard, servers added and logged into from the toolbar,
 * light or dark. Settings (never passwords) persist per OS user ({@link ConsoleSettings}).
 *
 * <p>For unattended runs (a screenshot for the docs, a wall display) the parameters {@code --server=NAME=URL} and
 * {@code --user=USER} connect at start with the password from the environment variable
 * {@code STOCK_OBSERVER_PASSWORD}; {@code --snapshot=FILE.png} with {@code --snapshot-after=SECONDS} writes the window
 * to a PNG and exits.
 */
public final class ConsoleApp extends Application {
    private static final Logger LOG = Logger.getLogger(ConsoleApp.class.getName());

    private SecretStore secrets;
    /** A run without an operator (--snapshot): never stop to ask for a password. */
    private boolean unattended;

    private final Map<String, ServerSession> sessions = new LinkedHashMap<>();
    private final TabPane tabs = new TabPane();
    private ConsoleSettings settings;
    private Scene scene;
    private BackupView backups;
    private final Tab backupTab = new Tab("Backups");

    @Override
    public void start(Stage stage) throws IOException {
        settings = ConsoleSettings.load(ConsoleSettings.home(), BackupFolders.defaultRoot());
        secrets = new SecretStore(java.util.Optional.empty()); // until the OS store answers (off the FX thread)
        applyTheme(settings.dark());
        tabs.setId("serverTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Button add = new Button("Add server…");
        add.setId("addServer");
        add.setOnAction(e -> ask(Optional.empty()));
        Button remove = new Button("Remove server");
        remove.setId("removeServer");
        remove.setOnAction(e -> removeSelected());
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("darkTheme");
        dark.setSelected(settings.dark());
        dark.selectedProperty().addListener((o, a, b) -> {
            applyTheme(b);
            settings.dark(b);
            saveSettings();
        });
        backupTab.setId("tab-backups");
        tabs.getTabs().add(backupTab);
        buildBackups();
        Button backupSettings = new Button("Backup settings…");
        backupSettings.setId("backupSettings");
        backupSettings.setOnAction(e -> new BackupSettingsDialog(settings.backupRoot(), settings.pullAt())
                .showAndWait()
                .ifPresent(a -> {
                    settings.backupRoot(a.root());
                    settings.pullAt(a.at());
                    saveSettings();
                    try {
                        buildBackups();
                        backupSources();
                    } catch (IOException ex) {
                        error(ex.getMessage());
                    }
                }));
        ToolBar bar = new ToolBar(add, remove, backupSettings, dark);

        BorderPane root = new BorderPane(tabs);
        root.setTop(bar);
        scene = new Scene(root, 1366, 768);
        scene.getStylesheets().add(ConsoleApp.class.getResource("console.css").toExternalForm());
        stage.setTitle("Stock Observer console");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();

        Parameters p = getParameters();
        unattended = p.getNamed().containsKey("snapshot");
        String server = p.getNamed().get("server");
        if (server != null) {
            connectFromParameters(server, p.getNamed().getOrDefault("user", "operator"));
        }
        // opening the OS store and reading it may take seconds (D-Bus, a keychain prompt): not on the FX thread
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    SecretStore store = new SecretStore(io.stockobserver.console.connect.OsCredentialVault.open());
                    Map<ServerProfile, Optional<char[]>> stored = new LinkedHashMap<>();
                    settings.servers().forEach(known -> stored.put(known, store.password(known)));
                    return Map.entry(store, stored);
                })
                .thenAccept(found -> Platform.runLater(() -> reconnectSaved(found.getKey(), found.getValue())));
        String snapshot = p.getNamed().get("snapshot");
        if (snapshot != null) {
            double after = Double.parseDouble(p.getNamed().getOrDefault("snapshot-after", "20"));
            PauseTransition wait = new PauseTransition(javafx.util.Duration.seconds(after));
            wait.setOnFinished(e -> {
                writeSnapshot(Path.of(snapshot));
                Platform.exit();
            });
            wait.play();
        }
    }

    /** Connects the saved servers: with the password the OS store remembered, else after asking for it. */
    private void reconnectSaved(SecretStore store, Map<ServerProfile, Optional<char[]>> stored) {
        secrets = store;
        stored.forEach((known, password) -> {
            if (sessions.containsKey(known.name())) {
                return;
            }
            if (password.isPresent()) {
                try {
                    connect(known, password.get());
                } catch (IOException e) {
                    error(e.getMessage());
                } finally {
                    Arrays.fill(password.get(), '\0');
                }
            } else if (!unattended) {
                ask(Optional.of(known));
            }
        });
    }

    private void connectFromParameters(String server, String user) {
        int eq = server.indexOf('=');
        String env = System.getenv("STOCK_OBSERVER_PASSWORD");
        if (eq < 1 || env == null || env.isEmpty()) {
            error("--server needs NAME=URL and the password in STOCK_OBSERVER_PASSWORD");
            return;
        }
        try {
            ServerProfile profile = new ServerProfile(
                    server.substring(0, eq), ServerProfile.url(server.substring(eq + 1)), user, Optional.empty());
            secrets.put(profile, env.toCharArray(), false);
            connect(profile, env.toCharArray());
        } catch (IllegalArgumentException | IOException e) {
            error(e.getMessage());
        }
    }

    /** Asks for a new server, or for a known server's password, and connects. */
    private void ask(Optional<ServerProfile> known) {
        new ConnectDialog(known, secrets.vaultName()).showAndWait().ifPresent(a -> {
            try {
                LOG.info(a.profile().name() + ": " + secrets.put(a.profile(), a.password(), a.remember()));
                connect(a.profile(), a.password());
                settings.put(a.profile());
                saveSettings();
            } catch (IOException e) {
                error(e.getMessage());
            } finally {
                Arrays.fill(a.password(), '\0');
            }
        });
    }

    private void connect(ServerProfile profile, char[] password) throws IOException {
        ServerSession old = sessions.remove(profile.name());
        if (old != null) {
            old.close();
            tabs.getTabs().removeIf(t -> profile.name().equals(t.getUserData()));
        }
        ServerSession s = new ServerSession(profile, password, ServerSession.TICK);
        sessions.put(profile.name(), s);
        Tab tab = new Tab();
        tab.setUserData(profile.name());
        tab.setId("server-" + profile.name());
        tab.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> (s.model().linkProperty().get() == LinkState.UP ? "● " : "✕ ") + profile.name(),
                        s.model().linkProperty()));
        tab.setContent(s.view());
        tabs.getTabs().add(tabs.getTabs().size() - 1, tab); // the Backups tab stays last
        tabs.getSelectionModel().select(tab);
        s.start();
        backupSources();
    }

    /** (Re)builds the backup tab over the configured folder and time; the state file there says what was pulled. */
    private void buildBackups() throws IOException {
        if (backups != null) {
            backups.close();
        }
        Path folder = settings.backupRoot();
        BackupPuller puller = new BackupPuller(
                PullSettings.defaults().withRoot(folder), new PullStateStore(new BackupFolders(folder).stateFile()));
        backups = new BackupView(puller, settings.pullAt(), java.time.Clock.systemDefaultZone(), Platform::runLater);
        backupTab.setContent(backups);
    }

    /** The daily pull covers every server logged into. */
    private void backupSources() {
        backups.servers(sessions.values().stream()
                .map(s -> new BackupSource(
                        s.api().profile().name(),
                        s.api().profile().baseUri(),
                        s.api().http(),
                        s.api().authorization()))
                .toList());
    }

    private void removeSelected() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t == null || !(t.getUserData() instanceof String name)) {
            return;
        }
        ServerSession s = sessions.remove(name);
        if (s != null) {
            s.close();
        }
        settings.servers().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .ifPresent(secrets::forget);
        tabs.getTabs().remove(t);
        backupSources();
        settings.remove(name);
        saveSettings();
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            error("settings not saved: " + e.getMessage());
        }
    }

    private void writeSnapshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            LOG.info("snapshot written to " + file);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "snapshot failed", e);
        }
    }

    private static void error(String message) {
        LOG.warning(message);
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(null);
        a.show();
    }

    @Override
    public void stop() {
        sessions.values().forEach(ServerSession::close);
        sessions.clear();
        if (backups != null) {
            backups.close();
        }
    }
}
