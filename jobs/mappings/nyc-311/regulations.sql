-- One regulation per 311 complaint type; its term is the median of due date - created date over
-- its requests, or over all requests with a due date where the type has none ("term imputed").
WITH terms AS (
  SELECT `Complaint Type` AS type,
         percentile_approx(datediff(try_cast(`Due Date` AS DATE),
                                    try_cast(`Created Date` AS DATE)), 0.5) AS median_days
  FROM sr311 GROUP BY `Complaint Type`
),
overall AS (
  SELECT percentile_approx(datediff(try_cast(`Due Date` AS DATE),
                                    try_cast(`Created Date` AS DATE)), 0.5) AS median_days
  FROM sr311
)
SELECT upper(regexp_replace(type, '[^A-Za-z0-9]+', '_')) AS regulation_code,
       concat(type, CASE WHEN terms.median_days IS NULL THEN ' (term imputed)' ELSE '' END)
         AS name,
       greatest(1, coalesce(terms.median_days, overall.median_days)) AS legal_term_days,
       30 AS outcome_window_days
FROM terms CROSS JOIN overall
