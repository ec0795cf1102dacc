package io.stockobserver.livedb;

import io.stockobserver.database.SchemaMigration;
import io.stockobserver.etl.EtlTimer;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import io.stockobserver.sink.FanOutSink;
import io.stockobserver.sink.QueuedSink;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Logger;

/** Puts the live database sink on the fan-out at start when OBSERVER_DB_SINK is on (the default). */
@ApplicationScoped
public class DatabaseSinkWiring {
    private static final Logger LOG = Logger.getLogger(DatabaseSinkWiring.class.getName());

    @Inject
    DatabaseSinkSettings settings;

    @Inject
    SchemaMigration schema;

    @Inject
    FanOutSink fanOut;

    @Inject
    ArchiveService archive;

    @Inject
    VenueProfile venue;

    @Inject
    EtlTimer etl;

    @Resource
    ManagedThreadFactory threads;

    private volatile DatabaseSink sink;

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 20) Startup ignored) {
        if (!settings.dbSinkEnabled()) {
            LOG.info("live database sink off (OBSERVER_DB_SINK=false): the database is filled by etl-day only");
            return;
        }
        DatabaseSink s = new DatabaseSink(
                schema.dataSource(),
                venue.provider(),
                settings.dbSinkBatch(),
                venue.zone(),
                archive.gaps(),
                archive.clock(),
                days -> etl.loadSoon(days, "sink:db"));
        fanOut.add(
                new QueuedSink(s, settings.dbSinkQueue(), archive.gaps(), archive.events(), archive.clock(), threads));
        sink = s;
        LOG.info("live database sink on: batches of " + settings.dbSinkBatch() + ", queue " + settings.dbSinkQueue());
    }

    /** The sink, when it runs. */
    public Optional<DatabaseSink> sink() {
        return Optional.ofNullable(sink);
    }
}
