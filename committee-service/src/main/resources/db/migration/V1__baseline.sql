-- Baseline of the committee-service database. Its domain tables arrive with the features that need them;
-- the starter's own migrations (outbox, inbox, idempotency keys) are applied from classpath:db/zhicheng-starter.

COMMENT ON SCHEMA public IS 'Zhicheng committee service: committees (评委会), experts, meetings, draws, ballots';
