-- One regulation per 311 reason. Boston sets a target date per case; the regulation's term is
-- the median of target date - open date over its cases, and for a reason whose cases never have a
-- target, the median over all cases with one (marked "term imputed" in the name).
WITH terms AS (
  SELECT REASON,
         percentile_approx(datediff(try_cast(TARGET_DT AS DATE), try_cast(OPEN_DT AS DATE)), 0.5)
           AS median_days
  FROM boston311
  GROUP BY REASON
),
overall AS (
  SELECT percentile_approx(datediff(try_cast(TARGET_DT AS DATE), try_cast(OPEN_DT AS DATE)), 0.5)
           AS median_days
  FROM boston311
)
SELECT upper(regexp_replace(coalesce(REASON, 'none'), '[^A-Za-z0-9]+', '_')) AS regulation_code,
       concat(coalesce(REASON, 'No reason recorded'),
              CASE WHEN terms.median_days IS NULL THEN ' (term imputed)' ELSE '' END) AS name,
       greatest(1, coalesce(terms.median_days, overall.median_days)) AS legal_term_days,
       30 AS outcome_window_days
FROM terms CROSS JOIN overall
