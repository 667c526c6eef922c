-- The stock ledger's stock per lot, one row per lot (the ledger's current_state row keeps its
-- version): a sale rewrites the rows of the lots it moved, not a document of every lot the
-- ledger ever received, so a write costs the same in the first week and after years of lots.
-- Written in the transaction that appends the ledger's events; the events stay the record.
create table stock_levels (
  ledger      text    not null,  -- the ledger's id, the facility code
  lot_code    text    not null,
  sku         text    not null,
  expiry_date date,              -- none for goods that do not expire
  version     bigint  not null check (version > 0),  -- the ledger version that last moved the lot
  on_hand     bigint  not null,
  reserved    bigint  not null,
  sold        bigint  not null,
  returned    bigint  not null,
  written_off bigint  not null,
  primary key (ledger, lot_code)
);
