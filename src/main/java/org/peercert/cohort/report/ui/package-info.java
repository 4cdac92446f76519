/** The reports' views: the embeddable {@link org.peercert.cohort.report.ui.PrePostReportPanel} and the version report page. */
@NullMarked
package org.peercert.cohort.report.ui;

import org.jspecify.annotations.NullMarked;
