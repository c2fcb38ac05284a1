-- complaints: one row per klacht; case_id when the complaint names a zaak.
SELECT _view, _row,
       klachtnummer               AS complaint_id,
       zaaknummer                 AS case_id,
       'GM0344'                   AS organisation_code,
       ontvangen                  AS received_at,
       CASE onderwerp WHEN 'Termijn' THEN 'timeliness' WHEN 'Bejegening' THEN 'treatment'
                      WHEN 'Besluit' THEN 'decision' WHEN 'Informatie' THEN 'information'
                      WHEN 'Bereikbaarheid' THEN 'accessibility' ELSE 'other' END AS category,
       afgehandeld                AS resolved_at,
       CASE oordeel WHEN 'Gegrond' THEN true WHEN 'Ongegrond' THEN false END AS upheld,
       doorgestuurd_ombudsman = 'J' AS escalated_to_ombudsman
FROM klachten
