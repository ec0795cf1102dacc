package io.stockobserver.app;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** A MicroProfile Config over a map that answers getOptionalValue and fails the test on any other call. */
final class MapConfig {
    private MapConfig() {}

    static Config of(Map<String, String> settings) {
        return (Config) Proxy.newProxyInstance(
                Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(settings.get((String) args[0]));
                    }
                    throw new AssertionError("unexpected Config." + method.getName());
                });
    }

    static ObserverConfig observerConfig(Map<String, String> settings) {
        ObserverConfig c = new ObserverConfig();
        c.config = of(settings);
        return c;
    }
}
