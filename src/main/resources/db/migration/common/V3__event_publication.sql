-- Spring Modulith's event publication registry (JDBC, schema v2): every event a module publishes to another
-- module's @ApplicationModuleListener is recorded here in the publishing transaction and marked complete when
-- the listener succeeds, so an event is never lost by a crash or a failing listener.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(10000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

create index event_publication_by_completion_date_idx on event_publication (completion_date);
