package io.stockobserver.etl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.batch.etl.DayWindow;
import io.stockobserver.batch.etl.EtlLedger;
import io.stockobserver.batch.etl.EtlOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** {@code etl_loads} through JPA (EclipseLink): the operational bookkeeping, never the bulk rows. */
@ApplicationScoped
public class JpaEtlLedger implements EtlLedger {
    private static final ObjectMapper JSON = new ObjectMapper();

    @PersistenceContext(unitName = "observer")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(DayWindow day, long instanceId, long executionId) {
        EtlLoad l = find(day.provider(), day.day()).orElseGet(() -> {
            EtlLoad n = new EtlLoad(day.provider(), day.day());
            em.persist(n);
            return n;
        });
        l.started(instanceId, executionId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        em.flush();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(DayWindow day, long instanceId, long executionId, EtlOutcome o) {
        EtlLoad l = find(day.provider(), day.day()).orElseThrow();
        l.status = o.completed() ? EtlLoad.COMPLETED : EtlLoad.FAILED;
        l.jobInstanceId = instanceId;
        l.jobExecutionId = executionId;
        l.endedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            l.rowsLoaded = JSON.writeValueAsString(new TreeMap<>(o.rows()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        l.linesRead = o.linesRead();
        l.linesSkipped = o.linesSkipped();
        l.failedLinesFile = o.failedLinesFile();
        l.error = o.error() == null
                ? null
                : o.error().substring(0, Math.min(1000, o.error().length()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EtlLoad> find(String provider, java.time.LocalDate day) {
        return Optional.ofNullable(em.find(EtlLoad.class, new EtlLoad.Key(provider, day)));
    }

    /** The most recent loads first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EtlLoad> recent(int max) {
        return em.createQuery("SELECT l FROM EtlLoad l ORDER BY l.tradeDate DESC, l.provider", EtlLoad.class)
                .setMaxResults(max)
                .getResultList();
    }
}
