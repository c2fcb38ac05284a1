-- Council complaints whose topic no city agency of the 311 file answers for (immigration,
-- utilities, legal services, ...) or that name no topic.
SELECT _view, _row,
       CASE WHEN complaint_type IS NULL THEN 'council_complaint_without_topic'
            ELSE 'council_topic_without_city_agency' END AS reason
FROM council
WHERE complaint_type IS NULL
   OR complaint_type NOT IN ('Housing and Buildings', 'Transportation', 'Finance',
     'General Welfare', 'Environment', 'Parks', 'Public Safety', 'Sanitation', 'Health',
     'Consumer Affairs', 'Consumer Complaints', 'Aging', 'FOR-HIRE-VEHICLES', 'Education')
