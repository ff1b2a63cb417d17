/// The team report's figures as SQL, computed inside SQLite over the scorer's results as stored
/// (`attempt.result_json`, an `AttemptResult`), so 100,000 attempts are never decoded in Swift.
///
/// The queries over attempts take the named parameter `:since`, a stored time (`StoredTime`).
/// `Benchmarks/team-report.sql` holds the same text for the `sqlite3` baseline; a test keeps the
/// two the same.
enum TeamQueries {
    /// The attempts that count: completed, started in the period, not voided.
    static let counted = """
        WITH counted AS (
          SELECT * FROM attempt
          WHERE status = 'completed' AND started_at >= :since
            AND id NOT IN (SELECT target_id FROM void))
        """

    /// Completed attempts in the period that were voided: left out of every figure, but counted.
    static let voided = """
        SELECT count(*) AS voided FROM attempt
        WHERE status = 'completed' AND started_at >= :since
          AND id IN (SELECT target_id FROM void);
        """

    /// Per trainee and mode: attempts, how many were Competent, the mean score, the last one.
    static let trainees = counted + """

        SELECT person.name AS trainee, counted.mode AS mode, count(*) AS attempts,
               sum(counted.outcome = 'competent') AS competent, avg(counted.percent) AS mean,
               max(counted.started_at) AS last
        FROM counted JOIN person ON person.id = counted.person_id
        GROUP BY counted.person_id, counted.mode ORDER BY person.name, counted.mode;
        """

    /// Per trainee and stage: the mean stage score over the attempts that reached the stage.
    static let stageScores = counted + """

        SELECT person.name AS trainee, json_extract(stage.value, '$.stage') AS stage,
               avg(json_extract(stage.value, '$.percent')) AS mean
        FROM counted JOIN person ON person.id = counted.person_id,
             json_each(counted.result_json, '$.stages') AS stage
        GROUP BY counted.person_id, json_extract(stage.value, '$.stage');
        """

    /// Per scenario and mode: attempts, Competent ones and the mean score.
    static let scenarios = counted + """

        SELECT scenario_id AS scenario, mode, count(*) AS attempts,
               sum(outcome = 'competent') AS competent, avg(percent) AS mean
        FROM counted GROUP BY scenario_id, mode ORDER BY scenario_id, mode;
        """

    /// How often each escalation was missed (required, not chosen) or over-used (chosen, not required).
    static let escalations = counted + """

        SELECT item.value AS escalation, side.key AS how, count(*) AS times
        FROM counted, json_each(counted.result_json, '$.decisions') AS decision,
             json_each(decision.value, '$.escalation') AS side, json_each(side.value) AS item
        WHERE side.key IN ('missed', 'overUsed')
        GROUP BY item.value, side.key ORDER BY times DESC, escalation, how;
        """

    /// The most common critical errors, by scenario.
    static let criticalErrors = counted + """

        SELECT counted.scenario_id AS scenario, json_extract(error.value, '$.what') AS what, count(*) AS times
        FROM counted, json_each(counted.result_json, '$.criticalErrors') AS error
        GROUP BY counted.scenario_id, json_extract(error.value, '$.what')
        ORDER BY times DESC, scenario, what LIMIT 10;
        """

    /// Per month the attempt started and mode: attempts, Competent ones and the mean score.
    static let trends = counted + """

        SELECT substr(started_at, 1, 7) AS month, mode, count(*) AS attempts,
               sum(outcome = 'competent') AS competent, avg(percent) AS mean
        FROM counted GROUP BY month, mode ORDER BY month, mode;
        """

    /// The refresh date of each trainee's latest sign-off per pack that is not void.
    static let refreshes = """
        SELECT person.name AS trainee, signoff.pack_id AS pack, max(signoff.refresh_due) AS refreshDue
        FROM signoff JOIN person ON person.id = signoff.trainee_id
        WHERE signoff.id NOT IN (SELECT target_id FROM void)
        GROUP BY signoff.trainee_id, signoff.pack_id ORDER BY refreshDue, trainee, pack;
        """

    /// Every query, in the order the report runs them.
    static let all = [voided, trainees, stageScores, scenarios, escalations, criticalErrors, trends, refreshes]
}
