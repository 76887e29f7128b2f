-- "Latest valid" (each enterprise's most recently completed diagnosis) has one definition: the named query
-- Diagnosis.latestValidBefore. The view that repeated it in SQL is read by nothing, and its window function runs
-- over every diagnosis of the platform whatever the filter, so it goes.
DROP VIEW IF EXISTS diagnosis_latest_valid;
