package dev.quizmark.lint;

import java.util.List;

/** Everything lint found in one run, findings sorted by file and line. */
public record LintReport(List<Finding> findings, List<ReadingCoverage> coverage) {

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** Errors always fail; warnings fail only in strict mode. */
    public boolean passes(boolean strict) {
        return errors() == 0 && (!strict || warnings() == 0);
    }

    public List<Finding> findingsFor(String path) {
        return findings.stream().filter(f -> f.path().equals(path)).toList();
    }
}
