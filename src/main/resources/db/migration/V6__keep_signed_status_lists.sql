-- Each status list as last signed, so verifying a credential reads the signed list and never signs.
-- A list is (re-)signed when it opens, when a revocation changes it (in the revoking transaction),
-- at start-up when another key signs now, and when GET /status/{listId} finds it signed with an
-- older key. Null until first signed.
alter table status_list add column signed_revision bigint;
alter table status_list add column signed_key_id varchar(64);
alter table status_list add column signed_jwt text;
alter table status_list add column signed_credential text;
