-- services: one row per zaak. Every raw view has two extra columns, _view and _row (the record
-- number in its file); select both, unchanged, so that every raw row is accounted for and a
-- quarantined row points back at its line in the export.
SELECT _view, _row,
       zaaknummer                 AS case_id,
       -- The organisation that executes the regulation: here the municipality itself, by its
       -- organisation code in organisations.csv.
       'GM0344'                   AS organisation_code,
       zaaktype_code              AS regulation_code,
       -- The client's municipality, a CBS code (GM + 4 digits). An export that holds only a
       -- postcode needs a postcode-to-municipality table (CBS publishes one) as a second view.
       woonplaats_gemeentecode    AS municipality_code,
       registratiedatum           AS requested_at,
       einddatum                  AS decided_at,
       -- The system's result codes onto the contract's three decisions; null while open.
       CASE WHEN einddatum IS NULL THEN NULL
            WHEN resultaat IN ('Toegekend', 'Verleend', 'Gedeeltelijk toegekend') THEN 'granted'
            WHEN resultaat IN ('Afgewezen', 'Buiten behandeling gesteld') THEN 'rejected'
            WHEN resultaat IN ('Ingetrokken', 'Ingetrokken door aanvrager') THEN 'withdrawn'
       END                        AS decision,
       CASE kanaal WHEN 'Internet' THEN 'online' WHEN 'Telefoon' THEN 'phone'
                   WHEN 'Balie' THEN 'counter' WHEN 'Post' THEN 'mail' ELSE 'other' END
                                  AS channel,
       -- Never a BSN: a pseudonym made inside the municipality (e.g. a keyed hash).
       client_pseudoniem          AS client_key,
       leeftijdsklasse            AS client_segment
FROM zaken
-- A zaak that is not a request of a client (an internal task, say) is not a case: leave it out
-- here and name it in skipped.sql with a reason.
WHERE zaaktype_code <> 'INTERN'
