-- Baseline of the application-service database. Its domain tables arrive with the features that need them;
-- the starter's own migrations (outbox, inbox, idempotency keys) are applied from classpath:db/zhicheng-starter.

COMMENT ON SCHEMA public IS 'Zhicheng application service: archives, applications (申报), workflow, certificates';
