-- The dashboard's enterprise list (issue 16): a region's enterprises best total first, a page at a time. Sorting a
-- province's latest diagnoses by total took 3–4 s at a million enterprises (all of Jiangsu's 390,000 rows sorted
-- for 20); read in this index's order the first page of a province or city stops after its 20 rows (1–30 ms).
-- region_path and maturity_level are in it so that the region and level filters are checked in the index; a small
-- region still reads its rows by latest_valid_region and sorts the few it has.
ALTER TABLE latest_valid ADD KEY latest_valid_best (total_score DESC, enterprise_id, region_path, maturity_level);
