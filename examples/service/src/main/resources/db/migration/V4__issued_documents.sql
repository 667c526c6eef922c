-- The numbers the service issues (invoices INV-2026-0001, receipts KW-2026-0001, credit notes
-- NR-2026-0001): one sequence per kind and year. A document takes the next number by incrementing
-- its row in the transaction that stores the document, so the row stays locked until that commit:
-- concurrent issuers take turns, and a refused or failed issue rolls the increment back with
-- everything else, so the numbers have no gap and no repeat.
create table document_sequences (
  kind        text    not null check (kind in ('INVOICE', 'RECEIPT', 'CREDIT_NOTE')),
  year        integer not null,
  last_number bigint  not null check (last_number > 0),
  primary key (kind, year)
);

-- Every document issued, kept as bengkel's Invoice JSON as written (json, not jsonb: a document
-- handed to a buyer is answered again byte for byte). The number's place in its sequence is kept
-- beside it, so an auditor can count: per kind and year, count(*) = max(sequence_number) =
-- the sequence's last_number.
create table issued_documents (
  kind            text        not null check (kind in ('INVOICE', 'RECEIPT', 'CREDIT_NOTE')),
  number          text        not null,
  order_number    text        not null,
  year            integer     not null,
  sequence_number bigint      not null check (sequence_number > 0),
  issue_date      date        not null,
  actor           text        not null,  -- the issuing officer's NIP
  issued_at       timestamptz not null,
  zone            text        not null,  -- the facility's zone at issue
  document        json        not null,
  primary key (kind, number),
  unique (kind, year, sequence_number)
);

-- An order has one invoice and one receipt; goods returned later are credited by credit notes,
-- any number of them.
create unique index issued_documents_one_per_order
  on issued_documents (kind, order_number)
  where kind in ('INVOICE', 'RECEIPT');
