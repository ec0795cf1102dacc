/**
 * Wiring and configuration only: {@code ObserverConfig} reads and checks every setting once and hands each
 * capability the settings interface it declares; {@code Venues} and {@code VenueWiring} choose the venue
 * (OBSERVER_PROVIDER) and produce its seam; {@code ObserverCoreProducers} builds the pipeline and its sinks. No
 * business rules live here, and nothing outside depends on it (ArchitectureTest).
 */
package io.stockobserver.app;
