-- The team report's aggregate SQL, run by the sqlite3 command line as the baseline of
-- `safedrill-bench report` (Benchmarks/Sources/ReportBenchmark.swift). The same text as
-- Sources/Records/Tallies/TeamQueries.swift; Tests/RecordsTests/TeamTalliesTests.swift keeps them the same.
-- :since is the empty text for a report on every attempt (it sorts before every stored time),
-- :site is NULL for every site.
.parameter init
.parameter set :since "''"
.parameter set :site NULL

-- voided
SELECT count(*) AS voided FROM attempt
WHERE status = 'completed' AND started_at >= :since
  AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
  AND id IN (SELECT target_id FROM void);

-- sites
WITH counted AS (
  SELECT id, person_id, site_id, scenario_id, mode, started_at, outcome, percent,
         stage_safety, stage_evidence, stage_timeline, stage_thresholds, stage_safeguards, stage_review
  FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
    AND id NOT IN (SELECT target_id FROM void))
SELECT site.name AS site, counted.mode AS mode, count(*) AS attempts,
       sum(counted.outcome = 'competent') AS competent, avg(counted.percent) AS mean
FROM counted JOIN site ON site.id = counted.site_id
GROUP BY counted.site_id, counted.mode ORDER BY site.name, counted.mode;

-- trainees
WITH counted AS (
  SELECT id, person_id, site_id, scenario_id, mode, started_at, outcome, percent,
         stage_safety, stage_evidence, stage_timeline, stage_thresholds, stage_safeguards, stage_review
  FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
    AND id NOT IN (SELECT target_id FROM void))
SELECT person.name AS trainee, counted.mode AS mode, count(*) AS attempts,
       sum(counted.outcome = 'competent') AS competent, avg(counted.percent) AS mean,
       max(counted.started_at) AS last
FROM counted JOIN person ON person.id = counted.person_id
GROUP BY counted.person_id, counted.mode ORDER BY person.name, counted.mode;

-- stageScores
WITH counted AS (
  SELECT id, person_id, site_id, scenario_id, mode, started_at, outcome, percent,
         stage_safety, stage_evidence, stage_timeline, stage_thresholds, stage_safeguards, stage_review
  FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
    AND id NOT IN (SELECT target_id FROM void))
SELECT person.name AS trainee,
       avg(stage_safety) AS safety, avg(stage_evidence) AS evidence, avg(stage_timeline) AS timeline,
       avg(stage_thresholds) AS thresholds, avg(stage_safeguards) AS safeguards, avg(stage_review) AS review
FROM counted JOIN person ON person.id = counted.person_id
GROUP BY counted.person_id;

-- scenarios
WITH counted AS (
  SELECT id, person_id, site_id, scenario_id, mode, started_at, outcome, percent,
         stage_safety, stage_evidence, stage_timeline, stage_thresholds, stage_safeguards, stage_review
  FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
    AND id NOT IN (SELECT target_id FROM void))
SELECT scenario_id AS scenario, mode, count(*) AS attempts,
       sum(outcome = 'competent') AS competent, avg(percent) AS mean
FROM counted GROUP BY scenario_id, mode ORDER BY scenario_id, mode;

-- escalations
WITH counted AS (
  SELECT id, person_id, site_id, scenario_id, mode, started_at, outcome, percent,
         stage_safety, stage_evidence, stage_timeline, stage_thresholds, stage_safeguards, stage_review
  FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
    AND id NOT IN (SELECT target_id FROM void))
SELECT escalation.escalation AS escalation, escalation.missed AS missed, count(*) AS times
FROM counted JOIN attempt_escalation AS escalation ON escalation.attempt_id = counted.id
GROUP BY escalation.escalation, escalation.missed ORDER BY times DESC, escalation, missed DESC;

-- criticalErrors
WITH counted AS (
  SELECT id, person_id, site_id, scenario_id, mode, started_at, outcome, percent,
         stage_safety, stage_evidence, stage_timeline, stage_thresholds, stage_safeguards, stage_review
  FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
    AND id NOT IN (SELECT target_id FROM void))
SELECT counted.scenario_id AS scenario, error.what AS what, count(*) AS times
FROM counted JOIN attempt_critical_error AS error ON error.attempt_id = counted.id
GROUP BY counted.scenario_id, error.what
ORDER BY times DESC, scenario, what LIMIT 10;

-- trends
WITH counted AS (
  SELECT id, person_id, site_id, scenario_id, mode, started_at, outcome, percent,
         stage_safety, stage_evidence, stage_timeline, stage_thresholds, stage_safeguards, stage_review
  FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND (:site IS NULL OR site_id = (SELECT id FROM site WHERE name = :site))
    AND id NOT IN (SELECT target_id FROM void))
SELECT substr(started_at, 1, 7) AS month, mode, count(*) AS attempts,
       sum(outcome = 'competent') AS competent, avg(percent) AS mean
FROM counted GROUP BY month, mode ORDER BY month, mode;

-- refreshes
SELECT person.name AS trainee, signoff.pack_id AS pack, max(signoff.refresh_due) AS refreshDue
FROM signoff JOIN person ON person.id = signoff.trainee_id
WHERE signoff.id NOT IN (SELECT target_id FROM void)
  AND (:site IS NULL OR person.site_id = (SELECT id FROM site WHERE name = :site))
GROUP BY signoff.trainee_id, signoff.pack_id ORDER BY refreshDue, trainee, pack;
