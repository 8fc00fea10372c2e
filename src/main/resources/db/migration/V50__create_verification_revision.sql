-- One row that moves on with every event that can change the answer of a verification already
-- given: a revocation (status) and a change of the key set (keys). Every instance reads it before
-- answering GET /verify/{id} from its caches, so a revocation through one instance shows on every
-- instance's next request. Only those rare events write it; issuing never does.
create table verification_revision (
    id       integer primary key,
    status   bigint  not null default 0,
    key_set  bigint  not null default 0,
    constraint verification_revision_single_row check (id = 1)
);

insert into verification_revision (id, status, key_set) values (1, 0, 0);
