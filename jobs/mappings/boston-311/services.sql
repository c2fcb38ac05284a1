-- Every 311 request is a case, except complaints about the city's own service (complaints.sql)
-- and comments or compliments (skipped.sql).
SELECT _view, _row,
       CASE_ENQUIRY_ID AS case_id,
       Department AS organisation_code,
       upper(regexp_replace(coalesce(REASON, 'none'), '[^A-Za-z0-9]+', '_')) AS regulation_code,
       upper(regexp_replace(coalesce(neighborhood, 'not recorded'), '[^A-Za-z0-9]+', '_'))
         AS municipality_code,
       OPEN_DT AS requested_at,
       CASE WHEN CASE_STATUS = 'Closed' THEN CLOSED_DT END AS decided_at,
       CASE WHEN CASE_STATUS <> 'Closed' THEN NULL
            WHEN CLOSURE_REASON RLIKE 'Case Invalid|NOVIO|No Violation' THEN 'rejected'
            WHEN CLOSURE_REASON RLIKE 'ADCLSD|Administratively|[Dd]uplicate' THEN 'withdrawn'
            ELSE 'granted' END AS decision,
       CASE Source WHEN 'Constituent Call' THEN 'phone'
                   WHEN 'Self Service' THEN 'online'
                   WHEN 'Citizens Connect App' THEN 'online'
                   ELSE 'other' END AS channel
FROM boston311
WHERE NOT (TYPE LIKE 'General Comments%' OR TYPE = 'Billing Complaint')
