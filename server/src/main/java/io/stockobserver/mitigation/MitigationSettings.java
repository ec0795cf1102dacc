package io.stockobserver.mitigation;

import java.time.Duration;

/** The mitigation controller's window (OBSERVER_MITIGATION_WINDOW). */
public interface MitigationSettings {
    Duration mitigationWindow();
}
