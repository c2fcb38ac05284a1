-- Boston's neighbourhoods stand in for municipalities and the city for the province; the run
-- needs reference.region_codes=own (effectmeter.properties here), as these are not CBS codes.
-- Population is not in the export and no indicator uses it: 0 means "not known here".
SELECT DISTINCT
       upper(regexp_replace(coalesce(neighborhood, 'not recorded'), '[^A-Za-z0-9]+', '_'))
         AS municipality_code,
       coalesce(neighborhood, 'Neighbourhood not recorded') AS name,
       'BOSTON' AS province_code,
       0 AS population
FROM boston311
