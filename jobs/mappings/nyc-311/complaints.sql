-- A constituent complaint to a Council member is a complaint about the city agency responsible
-- for its topic (the table below); topics no 311 agency answers for are skipped (skipped.sql).
WITH agency AS (
  SELECT * FROM VALUES
    ('Housing and Buildings', 'HPD'), ('Transportation', 'DOT'), ('Finance', 'DOF'),
    ('General Welfare', 'HRA'), ('Environment', 'DEP'), ('Parks', 'DPR'),
    ('Public Safety', 'NYPD'), ('Sanitation', 'DSNY'), ('Health', 'DOHMH'),
    ('Consumer Affairs', 'DCA'), ('Consumer Complaints', 'DCA'), ('Aging', 'DFTA'),
    ('FOR-HIRE-VEHICLES', 'TLC'), ('Education', 'DOE')
    AS agency(complaint_type, organisation_code)
)
SELECT council._view, council._row,
       council.unique_key AS complaint_id,
       agency.organisation_code,
       upper(regexp_replace(trim(council.community_board), '[^A-Za-z0-9]+', '_'))
         AS municipality_code,
       council.opendate AS received_at,
       'other' AS category,
       council.closedate AS resolved_at
FROM council JOIN agency ON council.complaint_type = agency.complaint_type
