-- Every 311 request is a case of the agency it was routed to.
SELECT _view, _row,
       `Unique Key` AS case_id,
       Agency AS organisation_code,
       upper(regexp_replace(`Complaint Type`, '[^A-Za-z0-9]+', '_')) AS regulation_code,
       upper(regexp_replace(trim(`Community Board`), '[^A-Za-z0-9]+', '_')) AS municipality_code,
       `Created Date` AS requested_at,
       CASE WHEN Status = 'Closed' THEN `Closed Date` END AS decided_at,
       CASE WHEN Status <> 'Closed' OR `Closed Date` IS NULL THEN NULL
            WHEN `Resolution Description` RLIKE '(?i)duplicate' THEN 'withdrawn'
            WHEN `Resolution Description` RLIKE
                 '(?i)not necessary|no violation|not eligible|could not find|unable to|no evidence'
              THEN 'rejected'
            ELSE 'granted' END AS decision,
       CASE `Open Data Channel Type` WHEN 'PHONE' THEN 'phone'
                                     WHEN 'ONLINE' THEN 'online'
                                     WHEN 'MOBILE' THEN 'online'
                                     WHEN 'OTHER' THEN 'other' END AS channel
FROM sr311
