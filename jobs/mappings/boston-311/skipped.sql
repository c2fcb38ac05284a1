-- Rows that are neither a case nor a complaint, and why: comments and compliments are feedback,
-- not requests for a service and not complaints.
SELECT _view, _row, 'comment_or_compliment' AS reason
FROM boston311
WHERE TYPE LIKE 'General Comments%' AND NOT (CASE_TITLE LIKE '%Complaint%')
