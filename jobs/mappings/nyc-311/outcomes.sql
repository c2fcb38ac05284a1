-- One outcome per closed request with a resolution description: did the agency act, as that
-- description says? (Without one there is nothing to measure; the request is still a case.)
SELECT _view, _row,
       `Unique Key` AS case_id,
       'action_taken' AS outcome_type,
       `Closed Date` AS measured_at,
       `Resolution Description` RLIKE
         '(?i)took action|issued a summons|made an arrest|repaired|fixed|corrected|completed|cleaned|removed|issued a violation'
         AS achieved
FROM sr311
WHERE Status = 'Closed' AND `Closed Date` IS NOT NULL AND `Resolution Description` IS NOT NULL
