-- Performance archives (业绩档案): one per person, each change a new version; evidence files stored once by content.

CREATE TABLE archive (
    person          varchar(100) PRIMARY KEY,
    current_version integer      NOT NULL,
    updated_at      timestamptz  NOT NULL
);

CREATE TABLE archive_version (
    person     varchar(100) NOT NULL REFERENCES archive (person),
    version    integer      NOT NULL,
    content    jsonb        NOT NULL,
    created_by varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    PRIMARY KEY (person, version)
);

-- file contents by SHA-256: the same file uploaded twice (or by two people) is stored once
CREATE TABLE evidence_blob (
    sha256     char(64)    PRIMARY KEY,
    media_type varchar(50) NOT NULL,
    size_bytes bigint      NOT NULL,
    content    bytea       NOT NULL,
    stored_at  timestamptz NOT NULL
);

CREATE TABLE evidence_file (
    id          uuid         PRIMARY KEY,
    person      varchar(100) NOT NULL,
    sha256      char(64)     NOT NULL REFERENCES evidence_blob (sha256),
    file_name   varchar(255) NOT NULL,
    media_type  varchar(50)  NOT NULL,
    size_bytes  bigint       NOT NULL,
    -- the uploader's pledge that the file holds no classified material (严禁上传涉密材料), as pledged
    pledge      text         NOT NULL,
    uploaded_by varchar(200) NOT NULL,
    uploaded_at timestamptz  NOT NULL
);

CREATE INDEX evidence_file_person ON evidence_file (person, uploaded_at DESC);
