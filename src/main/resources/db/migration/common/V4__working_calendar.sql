-- Working-day calendar (工作日历): the days that depart from "Monday to Friday are worked". A HOLIDAY is a
-- Monday-to-Friday rest day (法定节假日 or 调休放假), a WORKDAY a Saturday or Sunday that is worked (调休上班).
-- Weekend days inside a holiday break need no row: they rest anyway. Every deadline of the platform is counted
-- in working days over this table; the service centre edits it on /admin/calendar.
-- ("day" is a keyword in H2, hence calendar_date.)
create table calendar_day (
    calendar_date date         not null primary key,
    kind          varchar(16)  not null constraint calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY')),
    name          varchar(50)  not null,
    updated_by    varchar(64)  not null,
    updated_at    timestamp with time zone not null
);

comment on table calendar_day is 'Holidays on weekdays and make-up workdays on weekends; other days follow the weekday rule';

-- The State Council schedules (国务院办公厅关于部分节假日安排的通知) for 2025 (国办发明电〔2024〕12号) and
-- 2026 (国办发明电〔2025〕7号). From 2025 the Spring Festival has four statutory days (除夕 added) and
-- Labour Day two.
insert into calendar_day (calendar_date, kind, name, updated_by, updated_at) values
    (date '2025-01-01', 'HOLIDAY', '元旦', 'system', current_timestamp),
    (date '2025-01-26', 'WORKDAY', '春节', 'system', current_timestamp),
    (date '2025-01-28', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2025-01-29', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2025-01-30', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2025-01-31', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2025-02-03', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2025-02-04', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2025-02-08', 'WORKDAY', '春节', 'system', current_timestamp),
    (date '2025-04-04', 'HOLIDAY', '清明节', 'system', current_timestamp),
    (date '2025-04-27', 'WORKDAY', '劳动节', 'system', current_timestamp),
    (date '2025-05-01', 'HOLIDAY', '劳动节', 'system', current_timestamp),
    (date '2025-05-02', 'HOLIDAY', '劳动节', 'system', current_timestamp),
    (date '2025-05-05', 'HOLIDAY', '劳动节', 'system', current_timestamp),
    (date '2025-06-02', 'HOLIDAY', '端午节', 'system', current_timestamp),
    (date '2025-09-28', 'WORKDAY', '国庆节、中秋节', 'system', current_timestamp),
    (date '2025-10-01', 'HOLIDAY', '国庆节、中秋节', 'system', current_timestamp),
    (date '2025-10-02', 'HOLIDAY', '国庆节、中秋节', 'system', current_timestamp),
    (date '2025-10-03', 'HOLIDAY', '国庆节、中秋节', 'system', current_timestamp),
    (date '2025-10-06', 'HOLIDAY', '国庆节、中秋节', 'system', current_timestamp),
    (date '2025-10-07', 'HOLIDAY', '国庆节、中秋节', 'system', current_timestamp),
    (date '2025-10-08', 'HOLIDAY', '国庆节、中秋节', 'system', current_timestamp),
    (date '2025-10-11', 'WORKDAY', '国庆节、中秋节', 'system', current_timestamp),
    (date '2026-01-01', 'HOLIDAY', '元旦', 'system', current_timestamp),
    (date '2026-01-02', 'HOLIDAY', '元旦', 'system', current_timestamp),
    (date '2026-01-04', 'WORKDAY', '元旦', 'system', current_timestamp),
    (date '2026-02-14', 'WORKDAY', '春节', 'system', current_timestamp),
    (date '2026-02-16', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2026-02-17', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2026-02-18', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2026-02-19', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2026-02-20', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2026-02-23', 'HOLIDAY', '春节', 'system', current_timestamp),
    (date '2026-02-28', 'WORKDAY', '春节', 'system', current_timestamp),
    (date '2026-04-06', 'HOLIDAY', '清明节', 'system', current_timestamp),
    (date '2026-05-01', 'HOLIDAY', '劳动节', 'system', current_timestamp),
    (date '2026-05-04', 'HOLIDAY', '劳动节', 'system', current_timestamp),
    (date '2026-05-05', 'HOLIDAY', '劳动节', 'system', current_timestamp),
    (date '2026-05-09', 'WORKDAY', '劳动节', 'system', current_timestamp),
    (date '2026-06-19', 'HOLIDAY', '端午节', 'system', current_timestamp),
    (date '2026-09-20', 'WORKDAY', '国庆节', 'system', current_timestamp),
    (date '2026-09-25', 'HOLIDAY', '中秋节', 'system', current_timestamp),
    (date '2026-10-01', 'HOLIDAY', '国庆节', 'system', current_timestamp),
    (date '2026-10-02', 'HOLIDAY', '国庆节', 'system', current_timestamp),
    (date '2026-10-05', 'HOLIDAY', '国庆节', 'system', current_timestamp),
    (date '2026-10-06', 'HOLIDAY', '国庆节', 'system', current_timestamp),
    (date '2026-10-07', 'HOLIDAY', '国庆节', 'system', current_timestamp),
    (date '2026-10-10', 'WORKDAY', '国庆节', 'system', current_timestamp);
