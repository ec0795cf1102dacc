package io.stockobserver.retention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The verdict on one day: {@link Verdict#KEEP} while within its retention, {@link Verdict#DELETE} once past it and
 * acknowledged, {@link Verdict#REFUSE} past it but not acknowledged, {@link Verdict#ALARM} when that has lasted to
 * the cap. Pure: {@link #decide} has no clock and no I/O.
 *
 * @param facts the day
 * @param ageDays whole days between the day and today
 * @param keepDays its retention (normal or anomalous)
 * @param verdict what retention does
 * @param reason why, in words for the event and the API
 */
public record RetentionDecision(DayFacts facts, long ageDays, int keepDays, Verdict verdict, String reason) {
    public enum Verdict {
        KEEP,
        DELETE,
        REFUSE,
        ALARM
    }

    public static RetentionDecision decide(DayFacts d, LocalDate today, RetentionPolicy policy) {
        long age = ChronoUnit.DAYS.between(d.day(), today);
        int keep = policy.keepDays(d.anomalous());
        if (age <= keep) {
            return new RetentionDecision(d, age, keep, Verdict.KEEP, "within " + keep + " days");
        }
        if (d.acknowledged()) {
            return new RetentionDecision(d, age, keep, Verdict.DELETE, "past " + keep + " days and acknowledged");
        }
        String why = d.packaged() ? "backup not acknowledged" : "not packaged";
        if (age >= policy.maxDays()) {
            return new RetentionDecision(
                    d, age, keep, Verdict.ALARM, why + " at the " + policy.maxDays() + "-day cap: kept, act now");
        }
        return new RetentionDecision(d, age, keep, Verdict.REFUSE, why + ": kept");
    }
}
