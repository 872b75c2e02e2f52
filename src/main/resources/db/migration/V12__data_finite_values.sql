-- data: every stored value is a finite number within the range of a double precision value, so
-- that every page, chart, ranking and report can compute with it (a numeric 'NaN', 'Infinity' or
-- 1e400 would turn them into errors). Imports and entries check this first; this constraint is
-- the database's own guarantee. NOT VALID: it holds for every row written from now on without
-- refusing to start on a database that already holds such a value (append-only rows are never
-- rewritten); the read paths leave such old values out.
alter table data_revision add constraint data_revision_value_finite
    check (value <> 'NaN'::numeric and abs(value) < 1.7976931348623157e308) not valid;
