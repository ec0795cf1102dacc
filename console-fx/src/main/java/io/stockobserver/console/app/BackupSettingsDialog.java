package io.stockobserver.console.app;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;

/** Where pulled backups go and when the daily pull runs; refuses to close on a time it cannot read. */
final class BackupSettingsDialog extends Dialog<BackupSettingsDialog.Answer> {
    record Answer(Path root, LocalTime at) {}

    private final TextField root = new TextField();
    private final TextField at = new TextField();
    private final Label error = new Label();

    BackupSettingsDialog(Path currentRoot, LocalTime currentAt) {
        setTitle("Backup pull");
        root.setText(currentRoot.toString());
        root.setPrefColumnCount(32);
        root.setId("backupRootField");
        at.setText(currentAt.toString());
        at.setId("backupAtField");
        error.getStyleClass().add("danger");
        Button browse = new Button("…");
        browse.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            java.io.File f = c.showDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                root.setText(f.getPath());
            }
        });
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(12));
        g.addRow(0, new Label("folder"), new HBox(4, root, browse));
        g.addRow(1, new Label("daily at (local time)"), at);
        g.add(error, 0, 2, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (read() == null) {
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? read() : null);
    }

    private Answer read() {
        if (root.getText().isBlank()) {
            error.setText("the folder is empty");
            return null;
        }
        try {
            return new Answer(
                    Path.of(root.getText().trim()), LocalTime.parse(at.getText().trim()));
        } catch (DateTimeParseException e) {
            error.setText("'" + at.getText() + "' is not a time of day (HH:MM, e.g. 21:00)");
            return null;
        } catch (java.nio.file.InvalidPathException e) {
            error.setText("not a folder: " + e.getMessage());
            return null;
        }
    }
}
