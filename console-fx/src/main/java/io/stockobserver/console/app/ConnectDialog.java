package io.stockobserver.console.app;

import io.stockobserver.console.connect.ServerProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Asks for a server (name, URL, login, password, optionally the server's certificate file) or, for a known server,
 * only its password. Refuses to close on input it cannot use and says why.
 */
final class ConnectDialog extends Dialog<ConnectDialog.Answer> {
    /** What the operator entered; the password array is the caller's to clear. */
    record Answer(ServerProfile profile, char[] password, boolean remember) {}

    private final TextField name = new TextField();
    private final TextField url = new TextField("https://localhost:9443");
    private final TextField user = new TextField("operator");
    private final PasswordField password = new PasswordField();
    private final TextField certificate = new TextField();
    private final Label error = new Label();
    private final javafx.scene.control.CheckBox remember = new javafx.scene.control.CheckBox();

    ConnectDialog(Optional<ServerProfile> known, Optional<String> vault) {
        setTitle(known.isPresent() ? "Log in to " + known.get().name() : "Add a server");
        name.setId("connectName");
        url.setId("connectUrl");
        user.setId("connectUser");
        password.setId("connectPassword");
        certificate.setId("connectCertificate");
        certificate.setPromptText("optional: the server's certificate (PEM)");
        error.setId("connectError");
        remember.setId("connectRemember");
        remember.setText(vault.map(v -> "remember the password in " + v)
                .orElse("no OS credential store here: the password is kept for this session"));
        remember.setSelected(vault.isPresent());
        remember.setDisable(vault.isEmpty());
        error.getStyleClass().add("danger");
        known.ifPresent(p -> {
            name.setText(p.name());
            url.setText(p.baseUri().toString());
            user.setText(p.user());
            p.trustedCertificate().ifPresent(c -> certificate.setText(c.toString()));
            name.setDisable(true);
        });
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(12));
        String[] labels = {"name", "URL", "user", "password", "certificate"};
        javafx.scene.Node[] fields = {name, url, user, password, certificate};
        for (int i = 0; i < labels.length; i++) {
            g.addRow(i, new Label(labels[i]), fields[i]);
        }
        g.add(remember, 0, labels.length, 2, 1);
        g.add(error, 0, labels.length + 1, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (read() == null) {
                e.consume(); // stay open: the error label says what to fix
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? read() : null);
    }

    private Answer read() {
        try {
            Optional<Path> cert = certificate.getText().isBlank()
                    ? Optional.empty()
                    : Optional.of(Path.of(certificate.getText().trim()));
            if (cert.isPresent() && !Files.isReadable(cert.get())) {
                throw new IllegalArgumentException("cannot read the certificate file " + cert.get());
            }
            ServerProfile p = new ServerProfile(
                    name.getText().trim(),
                    ServerProfile.url(url.getText()),
                    user.getText().trim(),
                    cert);
            if (password.getText().isEmpty()) {
                throw new IllegalArgumentException("the password is empty");
            }
            error.setText(
                    p.cleartextToRemote() ? "warning: plain HTTP to another machine sends the password in clear" : "");
            return new Answer(p, password.getText().toCharArray(), remember.isSelected());
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return null;
        }
    }
}
