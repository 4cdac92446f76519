/**
 * The statistics of the cohort reports as pure functions over arrays (no Spring, no database): paired pre/post
 * comparisons and Moodle-style item analysis. Distributions, tests, rankings and moments come from Apache Commons
 * Math; this package only decides which of them apply and why a figure is undefined.
 */
@NullMarked
@NamedInterface("report-stats")
package org.peercert.cohort.report.stats;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
