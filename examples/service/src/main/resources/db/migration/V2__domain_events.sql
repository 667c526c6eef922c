-- bengkel's own domain events (StockEvent, SalesOrderEvent, docs/audit.md) are stored as they are
-- yielded: event_type is the event's type() ('inventory.stock-sold'), version its version(),
-- occurred_at its instant, and zone the facility's zone from its stamp ('WIB'), so that the
-- local date of a sale can be told again from the row alone. Events the service records for
-- itself ('OfficerRecorded') have no zone.
alter table events add column zone text;

-- An event's payload is kept as the text bengkel wrote (json, not jsonb): jsonb reorders an
-- object's keys, and a bengkel document must keep its envelope's order ("kind" and
-- "schemaVersion" before "data") to be read back; an audit record is also best kept verbatim.
alter table events alter column payload type json using payload::json;
