-- The team report's aggregate SQL, run by the sqlite3 command line as the baseline of
-- `safedrill-bench report` (Benchmarks/Sources/ReportBenchmark.swift). The same text as
-- Sources/Records/Tallies/TeamQueries.swift; Tests/RecordsTests/TeamTalliesTests.swift keeps them the same.
-- :since is the empty text for a report on every attempt (it sorts before every stored time).
.parameter init
.parameter set :since "''"

-- voided
SELECT count(*) AS voided FROM attempt
WHERE status = 'completed' AND started_at >= :since
  AND id IN (SELECT target_id FROM void);

-- trainees
WITH counted AS (
  SELECT * FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND id NOT IN (SELECT target_id FROM void))
SELECT person.name AS trainee, counted.mode AS mode, count(*) AS attempts,
       sum(counted.outcome = 'competent') AS competent, avg(counted.percent) AS mean,
       max(counted.started_at) AS last
FROM counted JOIN person ON person.id = counted.person_id
GROUP BY counted.person_id, counted.mode ORDER BY person.name, counted.mode;

-- stageScores
WITH counted AS (
  SELECT * FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND id NOT IN (SELECT target_id FROM void))
SELECT person.name AS trainee, json_extract(stage.value, '$.stage') AS stage,
       avg(json_extract(stage.value, '$.percent')) AS mean
FROM counted JOIN person ON person.id = counted.person_id,
     json_each(counted.result_json, '$.stages') AS stage
GROUP BY counted.person_id, json_extract(stage.value, '$.stage');

-- scenarios
WITH counted AS (
  SELECT * FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND id NOT IN (SELECT target_id FROM void))
SELECT scenario_id AS scenario, mode, count(*) AS attempts,
       sum(outcome = 'competent') AS competent, avg(percent) AS mean
FROM counted GROUP BY scenario_id, mode ORDER BY scenario_id, mode;

-- escalations
WITH counted AS (
  SELECT * FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND id NOT IN (SELECT target_id FROM void))
SELECT item.value AS escalation, side.key AS how, count(*) AS times
FROM counted, json_each(counted.result_json, '$.decisions') AS decision,
     json_each(decision.value, '$.escalation') AS side, json_each(side.value) AS item
WHERE side.key IN ('missed', 'overUsed')
GROUP BY item.value, side.key ORDER BY times DESC, escalation, how;

-- criticalErrors
WITH counted AS (
  SELECT * FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND id NOT IN (SELECT target_id FROM void))
SELECT counted.scenario_id AS scenario, json_extract(error.value, '$.what') AS what, count(*) AS times
FROM counted, json_each(counted.result_json, '$.criticalErrors') AS error
GROUP BY counted.scenario_id, json_extract(error.value, '$.what')
ORDER BY times DESC, scenario, what LIMIT 10;

-- trends
WITH counted AS (
  SELECT * FROM attempt
  WHERE status = 'completed' AND started_at >= :since
    AND id NOT IN (SELECT target_id FROM void))
SELECT substr(started_at, 1, 7) AS month, mode, count(*) AS attempts,
       sum(outcome = 'competent') AS competent, avg(percent) AS mean
FROM counted GROUP BY month, mode ORDER BY month, mode;

-- refreshes
SELECT person.name AS trainee, signoff.pack_id AS pack, max(signoff.refresh_due) AS refreshDue
FROM signoff JOIN person ON person.id = signoff.trainee_id
WHERE signoff.id NOT IN (SELECT target_id FROM void)
GROUP BY signoff.trainee_id, signoff.pack_id ORDER BY refreshDue, trainee, pack;
