package io.stockobserver.simulator;

import java.nio.file.Path;
import java.util.Optional;

/** Where the venue simulator is and how it is seeded (OBSERVER_SANDBOX_JAR, SANDBOX_SEED, SANDBOX_VENUE_PROFILE). */
public interface SimulatorSettings {
    /** The simulator's standalone jar; empty when this installation has none (a production package). */
    Optional<Path> sandboxJar();

    long sandboxSeed();

    /** SANDBOX_VENUE_PROFILE=paper: the KIS simulator behaves as the paper venue. */
    boolean sandboxPaperProfile();
}
