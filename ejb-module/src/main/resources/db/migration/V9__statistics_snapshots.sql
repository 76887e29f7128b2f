-- Statistics for regional authorities (issue 13): snapshots written by the Jakarta Batch job statistics-snapshot.

-- One run of the job for one as-of instant (at most one per instant: two starts at once cannot both write one).
-- Its snapshots are shown only once the run is COMPLETED; a run left RUNNING by a crash is marked FAILED at start-up
-- and restarted by the job operator, which continues the same run.
CREATE TABLE statistics_run (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    as_of              DATETIME(6)   NOT NULL,
    job_instance_id    BIGINT        NOT NULL,
    job_execution_id   BIGINT        NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    started_at         DATETIME(6)   NOT NULL,
    ended_at           DATETIME(6)   NULL,
    partitions_total   INT           NOT NULL DEFAULT 0,
    error              VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY statistics_run_as_of (as_of),
    UNIQUE KEY statistics_run_instance (job_instance_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A province whose cells a run has written (one transaction each): the progress shown while the job runs, and
-- what a restarted run need not write again.
CREATE TABLE statistics_run_partition (
    run_id        BIGINT      NOT NULL,
    province_code VARCHAR(16) NOT NULL,
    cells         INT         NOT NULL,
    done_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (run_id, province_code),
    CONSTRAINT statistics_run_partition_run FOREIGN KEY (run_id) REFERENCES statistics_run (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The figures of one run for one model version: figures of two model versions are never added together.
CREATE TABLE statistics_snapshot (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    run_id        BIGINT      NOT NULL,
    model_version VARCHAR(40) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY statistics_snapshot_version (run_id, model_version),
    CONSTRAINT statistics_snapshot_run FOREIGN KEY (run_id) REFERENCES statistics_run (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A cell: one region (with everything below it; '/' is the nation) x industry ('*' all, a section letter or a
-- two-digit division) x size ('*' all or a size class). Registered enterprises, those with a latest valid
-- diagnosis at the as-of instant, how many hold each maturity level, the sum of their totals, and per sub-domain
-- the sum of capability scores over the enterprises that did not tailor it, with their count. Cells without a
-- registered enterprise are not written.
CREATE TABLE statistics_cell (
    snapshot_id  BIGINT         NOT NULL,
    region_path  VARCHAR(200)   NOT NULL,
    depth        TINYINT        NOT NULL,
    industry     VARCHAR(5)     NOT NULL,
    size         VARCHAR(10)    NOT NULL,
    registered   INT            NOT NULL,
    diagnosed    INT            NOT NULL,
    level_0      INT            NOT NULL,
    level_1      INT            NOT NULL,
    level_2      INT            NOT NULL,
    level_3      INT            NOT NULL,
    level_4      INT            NOT NULL,
    level_5      INT            NOT NULL,
    total_sum    DECIMAL(16, 4) NOT NULL,
    cap_sum_organization_strategy      DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_organization_strategy        INT NOT NULL DEFAULT 0,
    cap_sum_personnel_skills           DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_personnel_skills             INT NOT NULL DEFAULT 0,
    cap_sum_data                       DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_data                         INT NOT NULL DEFAULT 0,
    cap_sum_integration                DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_integration                  INT NOT NULL DEFAULT 0,
    cap_sum_information_security       DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_information_security         INT NOT NULL DEFAULT 0,
    cap_sum_equipment                  DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_equipment                    INT NOT NULL DEFAULT 0,
    cap_sum_network                    DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_network                      INT NOT NULL DEFAULT 0,
    cap_sum_procurement                DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_procurement                  INT NOT NULL DEFAULT 0,
    cap_sum_planning_scheduling        DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_planning_scheduling          INT NOT NULL DEFAULT 0,
    cap_sum_production_operations      DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_production_operations        INT NOT NULL DEFAULT 0,
    cap_sum_equipment_management       DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_equipment_management         INT NOT NULL DEFAULT 0,
    cap_sum_warehousing_distribution   DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_warehousing_distribution     INT NOT NULL DEFAULT 0,
    cap_sum_safety_environment         DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_safety_environment           INT NOT NULL DEFAULT 0,
    cap_sum_energy_management          DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_energy_management            INT NOT NULL DEFAULT 0,
    cap_sum_product_design             DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_product_design               INT NOT NULL DEFAULT 0,
    cap_sum_process_design             DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_process_design               INT NOT NULL DEFAULT 0,
    cap_sum_logistics                  DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_logistics                    INT NOT NULL DEFAULT 0,
    cap_sum_sales                      DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_sales                        INT NOT NULL DEFAULT 0,
    cap_sum_customer_service           DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_customer_service             INT NOT NULL DEFAULT 0,
    cap_sum_product_service            DECIMAL(16, 4) NOT NULL DEFAULT 0,
    cap_n_product_service              INT NOT NULL DEFAULT 0,
    PRIMARY KEY (snapshot_id, region_path, industry, size),
    CONSTRAINT statistics_cell_snapshot FOREIGN KEY (snapshot_id) REFERENCES statistics_snapshot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
