-- Demand module: problems that do not come from an enterprise. A rectification item (整改事项) asked for from an
-- anonymous evaluation ballot has no enterprise (ballots never name their voter) and so no street; its origin
-- names where it came from, once (e.g. evaluation-rectification:42), so a redelivered event files nothing twice.

alter table demand alter column enterprise_id drop not null;
alter table demand alter column street_code drop not null;
alter table demand add column origin varchar(64);
alter table demand add constraint demand_origin_once unique (origin);

comment on column demand.origin is 'where a problem without an enterprise came from, e.g. evaluation-rectification:42; null for enterprise problems';

-- Filed only by the evaluation's rectification requests: inactive, so the filing form does not offer it (the
-- workflow files these problems by code, active or not).
insert into demand_category (code, name_zh, name_en, accept_days, resolve_days, active, sort_order) values
    ('EVALUATION', '评议整改', 'Evaluation rectification', 1, 15, false, 11);
