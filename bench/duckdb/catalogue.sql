-- Effectmeter's indicator catalogue, written independently in DuckDB SQL from docs/methodology.md
-- (sections 2 and 3): every non-equity indicator value BEFORE disclosure control (value,
-- numerator, denominator, base, and the Wilson interval of the six rates) for every breakdown x
-- granularity x period the job publishes.
--
-- It reads the generator's CLEAN rows (jobs/generate.sh ... --defects false): there is no
-- validation or quarantine here, which is why it does less work than the job.
--
-- Placeholders, filled in by bench/duckdb_reference.py: {{input}} (the input location, with
-- services.csv, complaints.csv, outcomes.csv and reference/*.csv), {{as_of}} (YYYY-MM-DD) and
-- {{output}} (the Parquet file written at the end).

-- Timestamps: one without an offset is local Europe/Amsterdam time, one with Z or an offset is
-- converted to it; every definition uses the local calendar date (methodology section 1).
SET TimeZone = 'Europe/Amsterdam';

CREATE MACRO local_date(s) AS CAST(CAST(s AS TIMESTAMPTZ) AS DATE);
CREATE MACRO period_label(p, g) AS
  CASE g
    WHEN 'month' THEN strftime(p, '%Y-%m')
    WHEN 'quarter' THEN CAST(year(p) AS VARCHAR) || '-Q' || CAST(quarter(p) AS VARCHAR)
    ELSE CAST(year(p) AS VARCHAR)
  END;
-- 95% Wilson score interval for x out of n (methodology section 4).
CREATE MACRO wilson_low(x, n) AS
  CASE WHEN n > 0 THEN
    ((x / n + 1.959964 ^ 2 / (2 * n)) - 1.959964 * sqrt((x / n) * (1 - x / n) / n + 1.959964 ^ 2 / (4 * n * n)))
      / (1 + 1.959964 ^ 2 / n)
  END;
CREATE MACRO wilson_high(x, n) AS
  CASE WHEN n > 0 THEN
    ((x / n + 1.959964 ^ 2 / (2 * n)) + 1.959964 * sqrt((x / n) * (1 - x / n) / n + 1.959964 ^ 2 / (4 * n * n)))
      / (1 + 1.959964 ^ 2 / n)
  END;
CREATE MACRO ratio(a, b) AS CASE WHEN b <> 0 THEN CAST(a AS DOUBLE) / b END;

-- Reference data.
CREATE TABLE organisations AS
  SELECT organisation_code AS org, government_layer AS layer
  FROM read_csv('{{input}}/reference/organisations.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', null_padding = true);
CREATE TABLE regulations AS
  SELECT regulation_code AS reg, CAST(legal_term_days AS INTEGER) AS legal_term,
         CAST(outcome_window_days AS INTEGER) AS window_days
  FROM read_csv('{{input}}/reference/regulations.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', null_padding = true);
CREATE TABLE municipalities AS
  SELECT municipality_code AS muni, province_code AS prov
  FROM read_csv('{{input}}/reference/municipalities.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', null_padding = true);
CREATE TABLE outcome_types AS
  SELECT outcome_type, lower(trim(intended)) = 'true' AS intended,
         CAST(societal_value_eur AS DOUBLE) AS societal_value
  FROM read_csv('{{input}}/reference/outcome_types.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', null_padding = true);

-- Cases with their dimensions (province and government layer follow), dates, timeliness and
-- repeat flag. A repeat: an earlier case (order: requested_at moment, then case_id) of the same
-- client key and regulation requested at most 90 days before; the nearest earlier one decides.
CREATE TABLE cases AS
WITH s AS (
  SELECT case_id, organisation_code AS org, regulation_code AS reg, municipality_code AS muni,
         coalesce(client_segment, '_U') AS seg, coalesce(channel, '_U') AS chan, client_key,
         CAST(requested_at AS TIMESTAMPTZ) AS req_ts,
         local_date(requested_at) AS req_date,
         local_date(decided_at) AS dec_date,
         CAST(cost_eur AS DOUBLE) AS cost
  FROM read_csv('{{input}}/services.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', null_padding = true)
)
SELECT s.*, o.layer, m.prov, r.legal_term, r.window_days,
       CASE WHEN s.client_key IS NOT NULL THEN
         coalesce(s.req_date - lag(s.req_date) OVER (PARTITION BY s.client_key, s.reg ORDER BY s.req_ts, s.case_id) <= 90, false)
       END AS is_repeat
FROM s
JOIN organisations o USING (org)
JOIN municipalities m USING (muni)
JOIN regulations r USING (reg);

-- Per decided case, the measurements in its window (decided date up to decided date + the
-- regulation's outcome_window_days, both included): measured at all; an intended type achieved;
-- the summed societal value of the distinct types achieved (intended or not, each type once).
CREATE TABLE case_outcomes AS
WITH per_type AS (
  SELECT c.case_id, t.outcome_type, t.intended, t.societal_value,
         bool_or(lower(trim(o.achieved)) = 'true') AS achieved
  FROM read_csv('{{input}}/outcomes.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', null_padding = true) o
  JOIN cases c ON c.case_id = o.case_id AND c.dec_date IS NOT NULL
  JOIN outcome_types t ON t.outcome_type = o.outcome_type
  WHERE local_date(o.measured_at) BETWEEN c.dec_date AND c.dec_date + c.window_days
  GROUP BY ALL
)
SELECT case_id,
       bool_or(achieved AND intended) AS achieved_intended,
       sum(CASE WHEN achieved THEN societal_value ELSE 0 END) AS achieved_value
FROM per_type
GROUP BY case_id;

-- Complaints: one that names a case takes that case's dimensions; one that names none takes its
-- own organisation and its regulation and municipality where given (else _U); segment and
-- channel _U. The province of an unknown municipality is _U.
CREATE TABLE complaints AS
WITH k AS (
  SELECT * FROM read_csv('{{input}}/complaints.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', null_padding = true)
)
SELECT k.organisation_code AS org,
       o.layer,
       CASE WHEN c.case_id IS NOT NULL THEN c.reg ELSE coalesce(k.regulation_code, '_U') END AS reg,
       CASE WHEN c.case_id IS NOT NULL THEN c.muni ELSE coalesce(k.municipality_code, '_U') END AS muni,
       CASE WHEN c.case_id IS NOT NULL THEN c.prov ELSE coalesce(m.prov, '_U') END AS prov,
       coalesce(c.seg, '_U') AS seg,
       coalesce(c.chan, '_U') AS chan,
       local_date(k.received_at) AS rec_date,
       local_date(k.resolved_at) AS res_date,
       CASE lower(trim(k.upheld)) WHEN 'true' THEN true WHEN 'false' THEN false END AS upheld,
       coalesce(lower(trim(k.escalated_to_ombudsman)) = 'true', false) AS escalated
FROM k
JOIN organisations o ON o.org = k.organisation_code
LEFT JOIN cases c ON c.case_id = k.case_id
LEFT JOIN municipalities m ON m.muni = k.municipality_code;

-- Every flow event once, dated by the date its definitions use. Stocks (open cases) are added per
-- granularity below.
CREATE TABLE events AS
SELECT org, layer, reg, muni, prov, seg, chan, req_date AS d,
       1 AS received, CAST(client_key IS NOT NULL AS INTEGER) AS with_key,
       CAST(coalesce(is_repeat, false) AS INTEGER) AS repeats,
       0 AS decided, 0 AS timely, CAST(NULL AS INTEGER) AS tp_days,
       0 AS cost_cases, 0.0 AS cost_sum, 0 AS measured, 0 AS achieved, 0 AS achieved_cost, 0.0 AS value_sum,
       0 AS complaints, 0 AS upheld, 0 AS upheld_known, 0 AS escalated, 0 AS resolved,
       CAST(NULL AS INTEGER) AS res_days
FROM cases
UNION ALL
SELECT c.org, c.layer, c.reg, c.muni, c.prov, c.seg, c.chan, c.dec_date,
       0, 0, 0,
       1, CAST(c.dec_date - c.req_date <= c.legal_term AS INTEGER), CAST(c.dec_date - c.req_date AS INTEGER),
       CAST(c.cost IS NOT NULL AS INTEGER), coalesce(c.cost, 0.0),
       CAST(x.case_id IS NOT NULL AS INTEGER), CAST(coalesce(x.achieved_intended, false) AS INTEGER),
       CAST(c.cost IS NOT NULL AND coalesce(x.achieved_intended, false) AS INTEGER),
       CASE WHEN c.cost IS NOT NULL THEN coalesce(x.achieved_value, 0.0) ELSE 0.0 END,
       0, 0, 0, 0, 0, NULL
FROM cases c LEFT JOIN case_outcomes x USING (case_id)
WHERE c.dec_date IS NOT NULL
UNION ALL
SELECT org, layer, reg, muni, prov, seg, chan, rec_date,
       0, 0, 0, 0, 0, NULL, 0, 0.0, 0, 0, 0, 0.0,
       1, CAST(coalesce(upheld, false) AS INTEGER), CAST(upheld IS NOT NULL AS INTEGER),
       CAST(escalated AS INTEGER), 0, NULL
FROM complaints
UNION ALL
SELECT org, layer, reg, muni, prov, seg, chan, res_date,
       0, 0, 0, 0, 0, NULL, 0, 0.0, 0, 0, 0, 0.0,
       0, 0, 0, 0, 1, CAST(res_date - rec_date AS INTEGER)
FROM complaints
WHERE res_date IS NOT NULL;

-- Published periods: months from the first month with a requested date up to the month of
-- as_of; a quarter or year when it overlaps those months (and then it counts everything dated in
-- it).
CREATE TABLE bounds AS
SELECT CAST(date_trunc('month', min(req_date)) AS DATE) AS first_month,
       DATE '{{as_of}}' AS as_of
FROM cases;

-- One granularity: group the events (and the open-case stock at each period's end) into every
-- breakdown of that granularity with GROUPING SETS.
-- Open at the end of P: requested on or before P's last day and not decided by then; for the
-- period that holds as_of, open on as_of. A case is thus open at the end of every period from
-- that of its request up to the one before that of its decision (or the as_of period if open).
CREATE MACRO cells_of(g) AS TABLE
WITH dated AS (
  SELECT e.* EXCLUDE (d), CAST(date_trunc(g, e.d) AS DATE) AS p, 0 AS open FROM events e
  UNION ALL
  SELECT org, layer, reg, muni, prov, seg, chan,
         0, 0, 0, 0, 0, NULL, 0, 0.0, 0, 0, 0, 0.0, 0, 0, 0, 0, 0, NULL,
         CAST(unnest(generate_series(
           CAST(date_trunc(g, req_date) AS TIMESTAMP),
           CASE WHEN dec_date IS NULL THEN CAST(date_trunc(g, (SELECT as_of FROM bounds)) AS TIMESTAMP)
                ELSE CAST(date_trunc(g, dec_date) AS TIMESTAMP) - to_months(CASE g WHEN 'month' THEN 1 WHEN 'quarter' THEN 3 ELSE 12 END)
           END,
           to_months(CASE g WHEN 'month' THEN 1 WHEN 'quarter' THEN 3 ELSE 12 END))) AS DATE),
         1
  FROM cases
),
published AS (
  SELECT dated.* FROM dated, bounds
  WHERE p BETWEEN CAST(date_trunc(g, bounds.first_month) AS DATE) AND CAST(date_trunc(g, bounds.as_of) AS DATE)
)
SELECT g AS granularity, p,
       CASE
         WHEN grouping(org) = 0 AND grouping(reg) = 0 AND grouping(muni) = 0 THEN 'organisation,regulation,municipality'
         WHEN grouping(org) = 0 AND grouping(reg) = 0 AND grouping(seg) = 0 THEN 'organisation,regulation,client_segment'
         WHEN grouping(org) = 0 AND grouping(reg) = 0 AND grouping(chan) = 0 THEN 'organisation,regulation,channel'
         WHEN grouping(org) = 0 AND grouping(reg) = 0 THEN 'organisation,regulation'
         WHEN grouping(org) = 0 AND grouping(muni) = 0 THEN 'organisation,municipality'
         WHEN grouping(org) = 0 THEN 'organisation'
         WHEN grouping(reg) = 0 AND grouping(muni) = 0 THEN 'regulation,municipality'
         WHEN grouping(reg) = 0 THEN 'regulation'
         WHEN grouping(layer) = 0 AND grouping(prov) = 0 THEN 'government_layer,province'
         WHEN grouping(layer) = 0 THEN 'government_layer'
         ELSE 'total'
       END AS breakdown,
       CASE WHEN grouping(org) = 0 THEN org ELSE '_T' END AS organisation,
       CASE WHEN grouping(reg) = 0 THEN reg ELSE '_T' END AS regulation,
       CASE WHEN grouping(muni) = 0 THEN muni ELSE '_T' END AS municipality,
       CASE WHEN grouping(prov) = 0 THEN prov ELSE '_T' END AS province,
       CASE WHEN grouping(layer) = 0 THEN layer ELSE '_T' END AS government_layer,
       CASE WHEN grouping(seg) = 0 THEN seg ELSE '_T' END AS client_segment,
       CASE WHEN grouping(chan) = 0 THEN chan ELSE '_T' END AS channel,
       sum(received) AS received, sum(with_key) AS with_key, sum(repeats) AS repeats,
       sum(decided) AS decided, sum(timely) AS timely,
       quantile_cont(tp_days, 0.5) AS tp_median, quantile_cont(tp_days, 0.9) AS tp_p90,
       sum(cost_cases) AS cost_cases, sum(cost_sum) AS cost_sum,
       sum(measured) AS measured, sum(achieved) AS achieved,
       sum(achieved_cost) AS achieved_cost, sum(value_sum) AS value_sum,
       sum(complaints) AS complaints, sum(upheld) AS upheld, sum(upheld_known) AS upheld_known,
       sum(escalated) AS escalated, sum(resolved) AS resolved,
       quantile_cont(res_days, 0.5) AS res_median,
       sum(open) AS open
FROM published
GROUP BY GROUPING SETS (
  (p), (p, org, layer), (p, org, layer, reg), (p, reg), (p, layer),
  -- quarter and year only:
  (p, org, layer, reg, muni, prov), (p, org, layer, muni, prov), (p, reg, muni, prov),
  (p, layer, prov), (p, org, layer, reg, seg), (p, org, layer, reg, chan)
);

CREATE TABLE cells AS
SELECT * FROM cells_of('month')
WHERE breakdown IN ('total', 'organisation', 'organisation,regulation', 'regulation', 'government_layer')
UNION ALL SELECT * FROM cells_of('quarter')
UNION ALL SELECT * FROM cells_of('year');

-- One row per indicator of every existing cell (a cell exists when some base is above 0; every
-- group above holds at least one event, so every cell does). A value whose denominator is 0 is
-- null (the job publishes it as no_data).
CREATE TABLE reference_indicators AS
WITH rows AS (
  SELECT c.*, i.* FROM cells c,
  LATERAL (VALUES
    ('cases_received', CAST(c.received AS DOUBLE), CAST(c.received AS DOUBLE), NULL, c.received, NULL, NULL),
    ('cases_decided', c.decided, c.decided, NULL, c.decided, NULL, NULL),
    ('open_cases', c.open, c.open, NULL, c.open, NULL, NULL),
    ('complaints_received', c.complaints, c.complaints, NULL, c.complaints, NULL, NULL),
    ('timely_decision_rate', ratio(c.timely, c.decided), c.timely, c.decided, c.decided,
       wilson_low(c.timely, c.decided), wilson_high(c.timely, c.decided)),
    ('throughput_days_median', c.tp_median, NULL, NULL, c.decided, NULL, NULL),
    ('throughput_days_p90', c.tp_p90, NULL, NULL, c.decided, NULL, NULL),
    ('cost_per_case', ratio(c.cost_sum, c.cost_cases), c.cost_sum, c.cost_cases, c.cost_cases, NULL, NULL),
    ('complaints_per_1000_decisions', 1000 * ratio(c.complaints, c.decided), c.complaints, c.decided, c.decided, NULL, NULL),
    ('complaint_upheld_rate', ratio(c.upheld, c.upheld_known), c.upheld, c.upheld_known, c.upheld_known,
       wilson_low(c.upheld, c.upheld_known), wilson_high(c.upheld, c.upheld_known)),
    ('complaint_resolution_days_median', c.res_median, NULL, NULL, c.resolved, NULL, NULL),
    ('ombudsman_escalation_rate', ratio(c.escalated, c.complaints), c.escalated, c.complaints, c.complaints,
       wilson_low(c.escalated, c.complaints), wilson_high(c.escalated, c.complaints)),
    ('repeat_request_rate', ratio(c.repeats, c.with_key), c.repeats, c.with_key, c.with_key,
       wilson_low(c.repeats, c.with_key), wilson_high(c.repeats, c.with_key)),
    ('outcome_measured_rate', ratio(c.measured, c.decided), c.measured, c.decided, c.decided,
       wilson_low(c.measured, c.decided), wilson_high(c.measured, c.decided)),
    ('outcome_achievement_rate', ratio(c.achieved, c.measured), c.achieved, c.measured, c.measured,
       wilson_low(c.achieved, c.measured), wilson_high(c.achieved, c.measured)),
    ('cost_per_achieved_outcome', ratio(c.cost_sum, c.achieved_cost), c.cost_sum, c.achieved_cost, c.achieved_cost, NULL, NULL),
    ('societal_value_per_euro', ratio(c.value_sum, c.cost_sum), c.value_sum, c.cost_sum, c.cost_cases, NULL, NULL)
  ) AS i(indicator, value, numerator, denominator, base, ci_low, ci_high)
)
SELECT indicator, breakdown, granularity, period_label(p, granularity) AS period,
       organisation, regulation, municipality, province, government_layer, client_segment, channel,
       CAST(value AS DOUBLE) AS value, CAST(numerator AS DOUBLE) AS numerator,
       CAST(denominator AS DOUBLE) AS denominator, CAST(base AS BIGINT) AS base,
       CAST(ci_low AS DOUBLE) AS ci_low, CAST(ci_high AS DOUBLE) AS ci_high
FROM rows;

COPY reference_indicators TO '{{output}}' (FORMAT parquet);
