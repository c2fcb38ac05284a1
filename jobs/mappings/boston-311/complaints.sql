-- Complaints about the city's own service: general comments whose title says Complaint, and
-- billing complaints. They name no case, so their department, reason and neighbourhood are used.
SELECT _view, _row,
       CASE_ENQUIRY_ID AS complaint_id,
       Department AS organisation_code,
       upper(regexp_replace(coalesce(REASON, 'none'), '[^A-Za-z0-9]+', '_')) AS regulation_code,
       upper(regexp_replace(coalesce(neighborhood, 'not recorded'), '[^A-Za-z0-9]+', '_'))
         AS municipality_code,
       OPEN_DT AS received_at,
       CASE WHEN TYPE = 'General Comments For An Employee' THEN 'treatment'
            WHEN TYPE = 'Billing Complaint' THEN 'decision'
            ELSE 'other' END AS category,
       CASE WHEN CASE_STATUS = 'Closed' THEN CLOSED_DT END AS resolved_at
FROM boston311
WHERE (TYPE LIKE 'General Comments%' AND CASE_TITLE LIKE '%Complaint%')
   OR TYPE = 'Billing Complaint'
