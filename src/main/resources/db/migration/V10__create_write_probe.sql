-- One row that readiness (/q/health/ready) rewrites: the service counts as ready only while the
-- database takes a write, not merely while it answers a read.
create table write_probe (
    id        integer primary key,
    probed_at timestamp with time zone not null,
    constraint write_probe_single_row check (id = 1)
);

insert into write_probe (id, probed_at) values (1, current_timestamp);
