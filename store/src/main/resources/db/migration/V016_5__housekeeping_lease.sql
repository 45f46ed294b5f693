-- Housekeeping: the rows that expire (sessions, pending uploads, edit snapshots, pending single
-- sign-ons, failed sign-ins) are removed on a timer by every node, but once across the nodes on one
-- database: the node that moves ran_at forward, which it may only when the last run is old enough,
-- runs it in the same transaction; the others find nothing to move and skip. A row, not an
-- advisory lock, so that H2 and PostgreSQL do the same and the interval holds across nodes.
-- (Numbered 16.5 so that a migration 16 of another line of work keeps its number.)
create table housekeeping_lease (
    id      integer primary key,
    ran_at  timestamp with time zone not null,
    ran_by  varchar(200) not null,
    constraint housekeeping_lease_one_ck check (id = 1)
);

insert into housekeeping_lease (id, ran_at, ran_by) values (1, timestamp with time zone '1970-01-01 00:00:00+00', '-');
