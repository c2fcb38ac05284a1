-- Community boards stand in for municipalities and boroughs for provinces (not CBS codes: run with
-- reference.region_codes=own). Every board named in either file is a region; population is not in
-- the exports and no indicator uses it (0 = not known here).
WITH boards AS (
  SELECT `Community Board` AS board FROM sr311
  UNION
  SELECT community_board AS board FROM council WHERE community_board IS NOT NULL
)
SELECT upper(regexp_replace(trim(board), '[^A-Za-z0-9]+', '_')) AS municipality_code,
       min(board) AS name,
       CASE WHEN upper(min(board)) RLIKE 'MANHATTAN|BRONX|BROOKLYN|QUEENS|STATEN'
            THEN upper(regexp_replace(regexp_extract(upper(min(board)),
                   '(MANHATTAN|BRONX|BROOKLYN|QUEENS|STATEN ISLAND)', 1), ' ', '_'))
            ELSE 'UNSPECIFIED' END AS province_code,
       0 AS population
FROM boards
GROUP BY upper(regexp_replace(trim(board), '[^A-Za-z0-9]+', '_'))
