-- A key reported compromised (POST /api/v1/keys/{keyId}/compromise): when it was compromised and
-- why. The key stays published, marked, so that credentials it signed and logged before that time
-- keep verifying and everything else it signed is refused. Never cleared.
alter table signing_key add column compromised_at timestamp with time zone;
alter table signing_key add column compromise_reason varchar(500);
alter table signing_key add constraint signing_key_compromise_complete
    check ((compromised_at is null) = (compromise_reason is null));

-- The audit trail records the report.
alter table credential_event drop constraint credential_event_type;
alter table credential_event add constraint credential_event_type check (event_type in (
    'ISSUED', 'ISSUE_REPEATED', 'ISSUE_REFUSED', 'ISSUE_CONFLICT',
    'REVOKED', 'REVOCATION_REPEATED', 'KEY_ACTIVATED', 'KEY_COMPROMISED'));
