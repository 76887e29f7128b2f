-- A password reset in two steps (issue 15): the code is checked first, then the account's user name is shown with
-- the new-password form. The matched code is used up at once and leaves a ticket (stored as its SHA-256 only) that
-- the second step must bring back before ticket_until, once.
-- The table also records user-name reminders sent by SMS (purpose 'userNames'), with no code that could match:
-- the sending limits count every message sent to a number.
ALTER TABLE sms_code
    ADD COLUMN ticket_hash  CHAR(64)    NULL,
    ADD COLUMN ticket_until DATETIME(6) NULL,
    ADD CONSTRAINT sms_code_ticket UNIQUE (ticket_hash);
