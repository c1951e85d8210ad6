package org.wirecopy.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;

/**
 * An embargo line, read but not yet resolved against the timestamp.
 *
 * @param time the time of day, if one was read
 * @param zoneWord {@code BST} or {@code GMT} in upper case, if written
 * @param weekday the weekday the copy names, if any
 * @param month 1 to 12, or 0 if none was read
 * @param day 1 to 31, or 0 if none was read
 * @param year the year, or 0 if none was written
 * @param problem why the line cannot be resolved, if a word was not understood
 */
record ScannedEmbargo(
    Optional<LocalTime> time,
    Optional<String> zoneWord,
    Optional<DayOfWeek> weekday,
    int month,
    int day,
    int year,
    Optional<String> problem) {}
