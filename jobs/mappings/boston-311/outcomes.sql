-- One outcome per closed case: was the problem resolved, as the closure reason says? The same raw
-- row is also the case in services.sql.
SELECT _view, _row,
       CASE_ENQUIRY_ID AS case_id,
       'resolved' AS outcome_type,
       CLOSED_DT AS measured_at,
       CLOSURE_REASON LIKE '%Case Resolved%' AS achieved
FROM boston311
WHERE CASE_STATUS = 'Closed'
  AND NOT (TYPE LIKE 'General Comments%' OR TYPE = 'Billing Complaint')
