-- Pay by place, written by cg::RegionalImporter from resources/data/official/ after schema-official.sql:
--   BLS OEWS May 2024, state estimates (public domain)            source id 'bls-oews-2024-state'
--   BEA Regional Price Parities by state, SARPP (public domain)     source id 'bea-rpp-state'
--
-- The state wage file is reassembled from a public mirror of BLS's own state file (see PROVENANCE.md). An empty cell
-- there is a figure BLS did not publish: '#' (at least $239,200 a year or $115.00 an hour) or '*' (no estimate),
-- which that file cannot tell apart. Such a cell is NULL here, never a number, and the app says "not published (at
-- least $239,200, or no estimate)". Every other figure is TEXT holding the decimal string as published.

-- The 50 states and the District of Columbia, as OEWS names them.
CREATE TABLE state_area (
    state TEXT PRIMARY KEY,      -- USPS code: 'CA', 'DC'
    fips  TEXT NOT NULL UNIQUE,  -- two-digit FIPS code: '06'
    name  TEXT NOT NULL          -- 'California'
) WITHOUT ROWID;

-- OEWS May 2024 by state, cross-industry, one row per 6-digit SOC code (as occupation_wage.occ_code) and state.
-- employment excludes the self-employed; jobs_per_1000 is per 1,000 jobs in the state; location_quotient is the
-- occupation's share of the state's jobs over its share of the nation's (1 = the same).
CREATE TABLE state_wage (
    occ_code          TEXT NOT NULL,
    state             TEXT NOT NULL REFERENCES state_area(state),
    employment        TEXT,
    jobs_per_1000     TEXT,
    location_quotient TEXT,
    hourly_median     TEXT,
    annual_p10        TEXT,
    annual_p25        TEXT,
    annual_median     TEXT,
    annual_p75        TEXT,
    annual_p90        TEXT,
    source_id         TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (occ_code, state)
) WITHOUT ROWID;

-- BEA Regional Price Parities, all items (SARPP line code 5): what the same basket of goods and services costs in a
-- state, the national average being 100. area is 'US' or a state code; value is the published decimal string.
CREATE TABLE price_parity (
    area      TEXT NOT NULL,
    year      INTEGER NOT NULL,
    value     TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (area, year)
) WITHOUT ROWID;
