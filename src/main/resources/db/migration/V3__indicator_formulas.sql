-- indicators: derived indicators (a formula over other indicators), the rule for regions above
-- the data, and series breaks (口径调整). See docs/adr/0003-indicator-formulas.md.
alter table indicators_indicator
    add column formula          text,
    add column aggregation      text not null default 'not_aggregable'
        check (aggregation in ('sum', 'ratio_of_sums', 'weighted_mean', 'not_aggregable')),
    add column weight_indicator text references indicators_indicator (code),
    add constraint indicators_indicator_weight
        check ((aggregation = 'weighted_mean') = (weight_indicator is not null)),
    add constraint indicators_indicator_ratio
        check (aggregation <> 'ratio_of_sums' or formula is not null);

create table indicators_series_break (
    indicator_code text not null references indicators_indicator (code) on delete cascade,
    period         text not null,
    note_zh        text not null,
    note_en        text,
    primary key (indicator_code, period)
);
