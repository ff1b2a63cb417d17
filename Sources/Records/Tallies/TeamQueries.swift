/// The team report's figures as SQL: GROUP BY over the attempt's outcome, percent and stage
/// columns and the escalation and critical-error rows beside it (`MarkedFigures`), so no stored
/// result is read.
///
/// The queries over attempts take the named parameters `:since`, a stored time (`StoredTime`),
/// and `:site`, a site's name, or NULL for every site.
/// `Benchmarks/team-report.sql` holds the same text for the `sqlite3` baseline; a test keeps the
/// two the same.
enum TeamQueries {
    /// The attempts that count: completed, started in the period, at the site, not voided.
    static let counted = """
        WITH counted AS (
          SELECT id, person_id, site_id, scenario_id, mode, started_at, outcome, percent,
                 stage_safety, stage_evidence, stage_timeline, stage_thresholds, stage_safeguards, stage_review
          FROM attempt
          WHERE status = 'completed' AND started_at >= :since
            AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
            AND id NOT IN (SELECT target_id FROM void))
        """

    /// Completed attempts in the period that were voided: left out of every figure, but counted.
    static let voided = """
        SELECT count(*) AS voided FROM attempt
        WHERE status = 'completed' AND started_at >= :since
          AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
          AND id IN (SELECT target_id FROM void);
        """

    /// Per site and mode: attempts, Competent ones and the mean score.
    static let sites = counted + """

        SELECT site.name AS site, counted.mode AS mode, count(*) AS attempts,
               sum(counted.outcome = 'competent') AS competent, avg(counted.percent) AS mean
        FROM counted JOIN site ON site.id = counted.site_id
        GROUP BY counted.site_id, counted.mode ORDER BY site.name, counted.mode;
        """

    /// Per trainee and mode: attempts, how many were Competent, the mean score, the last one.
    static let trainees = counted + """

        SELECT person.name AS trainee, counted.mode AS mode, count(*) AS attempts,
               sum(counted.outcome = 'competent') AS competent, avg(counted.percent) AS mean,
               max(counted.started_at) AS last
        FROM counted JOIN person ON person.id = counted.person_id
        GROUP BY counted.person_id, counted.mode ORDER BY person.name, counted.mode;
        """

    /// Per trainee: the mean score of each stage over the attempts that reached it (NULL for none).
    static let stageScores = counted + """

        SELECT person.name AS trainee,
               avg(stage_safety) AS safety, avg(stage_evidence) AS evidence, avg(stage_timeline) AS timeline,
               avg(stage_thresholds) AS thresholds, avg(stage_safeguards) AS safeguards, avg(stage_review) AS review
        FROM counted JOIN person ON person.id = counted.person_id
        GROUP BY counted.person_id;
        """

    /// Per scenario and mode: attempts, Competent ones and the mean score.
    static let scenarios = counted + """

        SELECT scenario_id AS scenario, mode, count(*) AS attempts,
               sum(outcome = 'competent') AS competent, avg(percent) AS mean
        FROM counted GROUP BY scenario_id, mode ORDER BY scenario_id, mode;
        """

    /// How often each escalation was missed (required, not chosen) or over-used (chosen, not required).
    static let escalations = counted + """

        SELECT escalation.escalation AS escalation, escalation.missed AS missed, count(*) AS times
        FROM counted JOIN attempt_escalation AS escalation ON escalation.attempt_id = counted.id
        GROUP BY escalation.escalation, escalation.missed ORDER BY times DESC, escalation, missed DESC;
        """

    /// The most common critical errors, by scenario.
    static let criticalErrors = counted + """

        SELECT counted.scenario_id AS scenario, error.what AS what, count(*) AS times
        FROM counted JOIN attempt_critical_error AS error ON error.attempt_id = counted.id
        GROUP BY counted.scenario_id, error.what
        ORDER BY times DESC, scenario, what LIMIT 10;
        """

    /// Per month the attempt started and mode: attempts, Competent ones and the mean score.
    static let trends = counted + """

        SELECT substr(started_at, 1, 7) AS month, mode, count(*) AS attempts,
               sum(outcome = 'competent') AS competent, avg(percent) AS mean
        FROM counted GROUP BY month, mode ORDER BY month, mode;
        """

    /// The refresh date of each trainee's latest sign-off per pack that is not void, for the
    /// trainees registered at the site.
    static let refreshes = """
        SELECT person.name AS trainee, signoff.pack_id AS pack, max(signoff.refresh_due) AS refreshDue
        FROM signoff JOIN person ON person.id = signoff.trainee_id
        WHERE signoff.id NOT IN (SELECT target_id FROM void)
          AND (:site IS NULL OR person.site_id = (SELECT id FROM site WHERE name = :site))
        GROUP BY signoff.trainee_id, signoff.pack_id ORDER BY refreshDue, trainee, pack;
        """

    /// Every query, in the order the report runs them.
    static let all = [voided, sites, trainees, stageScores, scenarios, escalations, criticalErrors, trends, refreshes]
}
