-- The earner's e-mail is audited: EMAIL_SENT once the SMTP server took it, EMAIL_FAILED for every
-- attempt it refused (with the attempt count). The list of event types is rewritten whole by each
-- migration that widens it (see V41_1); any later one must keep every type below.
alter table credential_event drop constraint credential_event_type;
alter table credential_event add constraint credential_event_type check (event_type in (
    'ISSUED', 'ISSUE_REPEATED', 'ISSUE_REFUSED', 'ISSUE_CONFLICT',
    'REVOKED', 'REVOCATION_REPEATED', 'REVOCATION_REFUSED', 'KEY_ACTIVATED', 'KEY_COMPROMISED',
    'EMAIL_SENT', 'EMAIL_FAILED'));
