-- Lines an etl-day job instance has read and skipped, per chunk step and partition, committed in each chunk's
-- transaction together with its rows and the reader's checkpoint: the figures stay exact across a kill and a
-- restart, which the batch runtime's own step metrics do not for a partitioned step (db/README.md).
CREATE TABLE etl_line_counts (
    job_instance_id BIGINT      NOT NULL,
    step            VARCHAR(20) NOT NULL,
    step_partition  INT         NOT NULL,
    lines_read      BIGINT      NOT NULL DEFAULT 0,
    lines_skipped   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (job_instance_id, step, step_partition)
);

-- Where each partition of a partitioned chunk step has read to (its LinePosition as JSON), committed with the same
-- chunk: a restarted partition resumes here, whatever checkpoint the batch runtime hands it.
ALTER TABLE etl_line_counts ADD COLUMN read_to TEXT;
