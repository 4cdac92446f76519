package org.peercert.cohort.report;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report page's pair, the pre/post report and the item analysis of one scope, from one read of the graded
 * items: both need the same rows in the common case (one attempt at each check), and reading and decoding them
 * is most of the cost (docs/benchmarks.md, "Cohort reports").
 */
@Service
public class ScopeReports {

    /** Both reports of one scope, from the same snapshot. */
    public record ScopeReport(PrePostReport prePost, ItemAnalysis items) {}

    private final ReportQueries queries;
    private final PrePostReports prePost;
    private final ItemAnalyses items;

    ScopeReports(ReportQueries queries, PrePostReports prePost, ItemAnalyses items) {
        this.queries = queries;
        this.prePost = prePost;
        this.items = items;
    }

    @Transactional(readOnly = true)
    public ScopeReport of(ReportScope scope) {
        GradedAttempts graded = queries.graded(scope, GradedAttempts.Need.BOTH);
        return new ScopeReport(prePost.report(scope, graded), items.analyse(scope, graded));
    }
}
