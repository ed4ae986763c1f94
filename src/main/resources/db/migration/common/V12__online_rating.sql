-- Online rating (网上测评): which way each voter rates, and the drafts voters save before submitting.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL 15. See docs/evaluation.md, "Online rating".

-- One voter = one voter key: a voter rates either with its credential (key = HMAC of the token) or with its
-- enterprise account (key = HMAC of "account:<campaign>:<voter>"). The first use decides, by a conditional
-- update that only sets a null; the other path is refused from then on.
alter table evaluation_voter add column rating_path varchar(10);
alter table evaluation_voter add constraint evaluation_voter_rating_path
    check (rating_path is null or rating_path in ('CREDENTIAL', 'ACCOUNT'));

comment on column evaluation_voter.rating_path is 'how the voter rates: CREDENTIAL (its token) or ACCOUNT (its enterprise account); set once, by the first use';

-- A voter's unfinished rating of one online department: any subset of the scores and the comment. Deleted
-- once the ballot for the department is accepted; never shown to anyone but the voter holding the key.
create table evaluation_draft (
    campaign_id   bigint       not null references evaluation_campaign (id),
    department_id bigint       not null references department (id),
    voter_key     char(64)     not null,
    scores        varchar(64)  not null,
    comment       varchar(500),
    saved_at      timestamp with time zone not null,
    primary key (campaign_id, department_id, voter_key)
);

comment on table evaluation_draft is 'saved, not yet submitted online ratings; voter_key as in evaluation_ballot; deleted when the ballot is accepted';
comment on column evaluation_draft.scores is 'score per rubric dimension in dimension order joined by commas, empty where not yet chosen (8,,7,)';
