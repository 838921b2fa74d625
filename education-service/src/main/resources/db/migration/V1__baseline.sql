-- Baseline of the education-service database. Its domain tables arrive with the features that need them;
-- the starter's own migrations (outbox, inbox, idempotency keys) are applied from classpath:db/zhicheng-starter.

COMMENT ON SCHEMA public IS 'Zhicheng education service: continuing-education hours (继续教育学时) and rule sets';
