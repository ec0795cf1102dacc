package io.stockobserver.console.app;

import javafx.application.Application;

/**
 * The console's entry point for {@code java -jar}: a class that does not extend {@link Application}, so JavaFX loads
 * from the class path of the fat jar (../shared/stack/JAVAFX.md).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(ConsoleApp.class, args);
    }
}
