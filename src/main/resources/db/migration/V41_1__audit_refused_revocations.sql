-- A refused revocation (422: no reason, too long, not readable text) is audited like a refused
-- record. The list of event types is rewritten whole by each migration that widens it, so this one
-- must come after the last (V41, KEY_COMPROMISED) and keep every type; any later one must keep
-- REVOCATION_REFUSED.
alter table credential_event drop constraint credential_event_type;
alter table credential_event add constraint credential_event_type check (event_type in (
    'ISSUED', 'ISSUE_REPEATED', 'ISSUE_REFUSED', 'ISSUE_CONFLICT',
    'REVOKED', 'REVOCATION_REPEATED', 'REVOCATION_REFUSED', 'KEY_ACTIVATED', 'KEY_COMPROMISED'));
