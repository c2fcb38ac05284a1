-- The raw rows no dataset takes, each once, with a reason. Without this file every raw row must
-- be mapped; a row that is neither mapped nor skipped fails the run with its file and number.
SELECT _view, _row, 'internal_task' AS reason
FROM zaken
WHERE zaaktype_code = 'INTERN'
