-- Every accepted write appends one event: who (actor, an officer's NIP), when (occurred_at, an
-- instant), what (event_type and the payload). (aggregate_type, aggregate_id, version) is unique,
-- so two writes based on the same version cannot both be stored: the second is refused.
create table events (
  id             bigserial    primary key,
  aggregate_type text         not null,
  aggregate_id   text         not null,
  version        bigint       not null check (version > 0),
  event_type     text         not null,
  actor          text         not null,
  occurred_at    timestamptz  not null,
  payload        jsonb        not null,
  unique (aggregate_type, aggregate_id, version)
);

-- The current state of each aggregate, as bengkel's JSON, and the version of its last event.
create table current_state (
  aggregate_type text         not null,
  aggregate_id   text         not null,
  version        bigint       not null check (version > 0),
  state          jsonb        not null,
  updated_at     timestamptz  not null,
  primary key (aggregate_type, aggregate_id)
);

-- A trainee is registered once: trainees are addressed by a service-assigned id, so their
-- registration number never appears in a URL, and the number itself stays unique here.
create unique index trainee_registration_number
  on current_state ((state ->> 'registrationNumber'))
  where aggregate_type = 'trainee';
