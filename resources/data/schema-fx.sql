-- Exchange rates and purchasing-power-parity factors, written by FxImporter from official/fx/ (see PROVENANCE.md
-- there). Values are decimal strings exactly as published, so no rate passes through binary floating point; the
-- app converts with exact integer arithmetic (src/core/money).

-- ECB euro foreign exchange reference rates: units of `currency` per 1 EUR on `date` (YYYY-MM-DD, a TARGET business
-- day). A day the ECB published no rate for a currency (N/A, weekend, holiday) has no row.
CREATE TABLE fx_rate (
    currency  TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    per_eur   TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (currency, date)
) WITHOUT ROWID;

-- World Bank PPP conversion factors: units of the country's currency that buy, in `country` in `year`, what one
-- international dollar buys in the United States. basis: 'gdp' (PA.NUS.PPP) or 'private-consumption'
-- (PA.NUS.PRVT.PP). release: the World Bank release the value was taken from ('' when the file does not say);
-- releases revise recent years, so the same year may appear once per release and the newest release wins.
CREATE TABLE ppp_factor (
    country   TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    currency  TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    year      INTEGER NOT NULL,
    basis     TEXT NOT NULL CHECK (basis IN ('gdp', 'private-consumption')),
    value     TEXT NOT NULL,
    release   TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (country, basis, year, release)
) WITHOUT ROWID;

-- The attribution line a dataset's publisher asks for, shown as given in Help → Sources. The `source` table has no
-- column for it, so the FX datasets keep theirs here.
CREATE TABLE source_citation (
    source_id TEXT PRIMARY KEY REFERENCES source(id),
    citation  TEXT NOT NULL
) WITHOUT ROWID;
