/**
 * Research-grade reports over a course version or a cohort ({@link org.peercert.cohort.report.ReportScope}):
 * the pre/post comparison per competency ({@link org.peercert.cohort.report.PrePostReports}) and Moodle-style
 * item analysis ({@link org.peercert.cohort.report.ItemAnalyses}), their CSV and PDF exports, and who may see
 * them ({@link org.peercert.cohort.report.ReportAccess}). Reads the assessment's stored item grades set-based
 * (one query per report, never one per trainee); the math lives in {@code stats}.
 */
@NullMarked
@NamedInterface("report")
package org.peercert.cohort.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
